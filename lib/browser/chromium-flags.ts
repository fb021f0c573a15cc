// How EduPlan launches headless Chromium, for rendering briefings to PDF and
// for the browser tests alike: which program and with which flags. The network
// flags matter on closed networks: without them Chromium keeps dialling
// Google's update and sync services.
import { existsSync } from "node:fs";

/**
 * Where Debian's packages put the two programs. The headless shell (package chromium-headless-shell)
 * is Chromium's engine without the browser around it: it starts and prints on half the CPU (decision 0046).
 */
export const DEBIAN_CHROMIUM = { headlessShell: "/usr/bin/chromium-headless-shell", full: "/usr/bin/chromium" } as const;

// The headless shell first: neither a PDF nor a browser test needs the browser's UI.
const INSTALLED = [DEBIAN_CHROMIUM.headlessShell, DEBIAN_CHROMIUM.full, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** CHROMIUM_PATH when it exists, else the first of the usual installed programs, else undefined. */
export function installedChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return INSTALLED.find((p) => existsSync(p));
}

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
