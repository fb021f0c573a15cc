// Finds a Chromium for Playwright: Debian's first; if none, installs Debian's
// package when apt-get is usable (as root), else Playwright's own download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

function run(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "inherit" }).status === 0;
}

/** Returns an executable path, or undefined when Playwright's own browser is to be used. */
export function ensureChromium(log: (line: string) => void): string | undefined {
  const existing = found();
  if (existing) {
    log(`使用 Chromium：${existing}`);
    return existing;
  }
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (hasApt && process.getuid?.() === 0) {
    log("未找到 Chromium，正在通过 apt-get 安装 Debian 的 chromium 软件包…");
    if (run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"])) {
      const installed = found();
      if (installed) return installed;
    }
    log("apt-get 安装失败，改用 Playwright 自带的下载。");
  }
  log("未找到 Chromium，正在运行 npx playwright install chromium…");
  if (!run("npx", ["playwright", "install", "chromium"])) throw new Error("无法安装 Chromium：请手动安装后设置 CHROMIUM_PATH");
  return undefined;
}
