// Finds a Chromium for Playwright: an installed one, looked up as the server looks for the one
// it prints with (installedChromium: Debian's headless shell first, decision 0046); else the
// shell installed from Debian's package when apt-get is usable (as root); else Playwright's own
// download of the shell, whose path is then found from the installer's own report, so the app's
// PDF routes get it too (CHROMIUM_PATH). `npm test` has already tried installing the shell in
// the background (tests/run-all.ts), so a machine that only had Chromium gets the shell when its
// package can be fetched, and one that cannot keeps its Chromium without a second wait on apt.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { installedChromium } from "@/lib/browser/chromium-flags";
import { CHROMIUM_HEADLESS_SHELL, ensureDebianBinary } from "@/lib/ops/debian-binary";

/** Returns an executable path, or undefined when Playwright's own browser is to be used. */
export function ensureChromium(log: (line: string) => void): string | undefined {
  const existing = installedChromium() ?? ensureDebianBinary(CHROMIUM_HEADLESS_SHELL, log);
  if (existing) {
    log(`使用 Chromium：${existing}`);
    return existing;
  }
  log("未找到 Chromium，正在运行 npx playwright install --only-shell chromium…");
  const install = ["playwright", "install", "--only-shell", "chromium"];
  if (spawnSync("npx", install, { stdio: "inherit" }).status !== 0) throw new Error("无法安装 Chromium：请手动安装后设置 CHROMIUM_PATH");
  const report = spawnSync("npx", [...install, "--dry-run"], { encoding: "utf8" }).stdout ?? "";
  const downloaded = headlessShellCandidates(report).find((p) => existsSync(p));
  log(downloaded ? `使用 Playwright 下载的 Chromium：${downloaded}` : "使用 Playwright 自带的 Chromium（未找到其路径，服务器生成 PDF 不可用）");
  return downloaded;
}

// Where the shell's archive puts its program, newest layout first.
const SHELL_PROGRAMS = [
  "chrome-headless-shell-linux64/chrome-headless-shell",
  "chrome-headless-shell-linux-arm64/chrome-headless-shell",
  "chrome-linux/headless_shell",
];

/** The headless shell's possible programs under the install location `playwright install --dry-run` reports for it. */
export function headlessShellCandidates(dryRunReport: string): string[] {
  const lines = dryRunReport.split("\n");
  const heading = lines.findIndex((l) => /chromium-headless-shell/i.test(l));
  if (heading < 0) return [];
  const location = lines
    .slice(heading + 1)
    .map((l) => /^\s*Install location:\s*(\S.*?)\s*$/.exec(l)?.[1])
    .find(Boolean);
  return location ? SHELL_PROGRAMS.map((p) => path.join(location, p)) : [];
}
