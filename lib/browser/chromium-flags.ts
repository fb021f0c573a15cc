// How EduPlan launches headless Chromium, for rendering briefings to PDF and
// for the browser tests alike. The network flags matter on closed networks:
// without them Chromium keeps dialling Google's update and sync services.
export const CHROMIUM_LAUNCH_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
