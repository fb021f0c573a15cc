// Finds a Chromium for Playwright. Debian's headless shell first (decision 0046: the browser run
// is CPU-bound, and the shell drives no browser UI or GPU process), installing its package when
// apt-get is usable (as root); else a full Chromium already on the machine; else Playwright's
// own download of the shell.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM, CHROMIUM_HEADLESS_SHELL, ensureDebianBinary } from "@/lib/ops/debian-binary";

const FULL_BROWSERS = [CHROMIUM.path, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function fromEnv(): string | undefined {
  const path = process.env.CHROMIUM_PATH;
  return path && existsSync(path) ? path : undefined;
}

/** Returns an executable path, or undefined when Playwright's own browser is to be used. */
export function ensureChromium(log: (line: string) => void): string | undefined {
  const existing = fromEnv() ?? ensureDebianBinary(CHROMIUM_HEADLESS_SHELL, log) ?? FULL_BROWSERS.find((p) => existsSync(p));
  if (existing) {
    log(`使用 Chromium：${existing}`);
    return existing;
  }
  log("未找到 Chromium，正在运行 npx playwright install --only-shell chromium…");
  if (spawnSync("npx", ["playwright", "install", "--only-shell", "chromium"], { stdio: "inherit" }).status !== 0)
    throw new Error("无法安装 Chromium：请手动安装后设置 CHROMIUM_PATH");
  return undefined;
}
