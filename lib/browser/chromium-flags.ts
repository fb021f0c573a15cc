// How EduPlan launches headless Chromium, for rendering briefings to PDF and
// for the browser tests alike: which program and with which flags. The network
// flags matter on closed networks: without them Chromium keeps dialling
// Google's update and sync services.

/**
 * Where Debian's packages put the two programs. The headless shell (package chromium-headless-shell)
 * is Chromium's engine without the browser around it: it starts and prints on half the CPU (decision 0046).
 */
export const DEBIAN_CHROMIUM = { headlessShell: "/usr/bin/chromium-headless-shell", full: "/usr/bin/chromium" } as const;

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
