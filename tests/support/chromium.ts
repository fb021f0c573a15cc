// Finds a Chromium for Playwright: Debian's first; if none, installs Debian's
// package when apt-get is usable (as root), else Playwright's own download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM, ensureDebianBinary } from "@/lib/ops/debian-binary";

const CANDIDATES = [CHROMIUM.path, "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Returns an executable path, or undefined when Playwright's own browser is to be used. */
export function ensureChromium(log: (line: string) => void): string | undefined {
  const existing = found() ?? ensureDebianBinary(CHROMIUM, log);
  if (existing) {
    log(`使用 Chromium：${existing}`);
    return existing;
  }
  log("未找到 Chromium，正在运行 npx playwright install chromium…");
  if (spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" }).status !== 0)
    throw new Error("无法安装 Chromium：请手动安装后设置 CHROMIUM_PATH");
  return undefined;
}
