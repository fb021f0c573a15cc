// Finds a Chromium for Playwright. Debian's headless shell first (decision 0046: the browser run
// is CPU-bound, and the shell drives no browser UI or GPU process); else a full Chromium already
// on the machine; else the shell installed from Debian's package when apt-get is usable (as
// root); else Playwright's own download of the shell. `npm test` has already tried installing
// the shell in the background (tests/run-all.ts), so a machine that only had Chromium gets the
// shell when its package can be fetched, and one that cannot keeps its Chromium without a
// second wait on apt.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM, CHROMIUM_HEADLESS_SHELL, ensureDebianBinary } from "@/lib/ops/debian-binary";

const INSTALLED = [CHROMIUM_HEADLESS_SHELL.path, CHROMIUM.path, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return INSTALLED.find((p) => existsSync(p));
}

/** Returns an executable path, or undefined when Playwright's own browser is to be used. */
export function ensureChromium(log: (line: string) => void): string | undefined {
  const existing = found() ?? ensureDebianBinary(CHROMIUM_HEADLESS_SHELL, log);
  if (existing) {
    log(`使用 Chromium：${existing}`);
    return existing;
  }
  log("未找到 Chromium，正在运行 npx playwright install --only-shell chromium…");
  if (spawnSync("npx", ["playwright", "install", "--only-shell", "chromium"], { stdio: "inherit" }).status !== 0)
    throw new Error("无法安装 Chromium：请手动安装后设置 CHROMIUM_PATH");
  return undefined;
}
