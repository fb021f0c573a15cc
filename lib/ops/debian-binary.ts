// Finds a program that comes from a Debian package (pgbouncer, haproxy) for
// the tests and the benchmark, installing the package with apt-get when it
// is missing and we are root, the way tests/support/chromium.ts installs
// Chromium. Returns undefined when it is absent and cannot be installed, so a
// caller can skip with a stated reason instead of failing on a bare machine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface DebianBinary {
  /** The Debian package that ships it. */
  packageName: string;
  /** Where the package puts the executable. */
  path: string;
}

export const PGBOUNCER: DebianBinary = { packageName: "pgbouncer", path: "/usr/sbin/pgbouncer" };
export const HAPROXY: DebianBinary = { packageName: "haproxy", path: "/usr/sbin/haproxy" };

const canUseApt = () => process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;

function aptInstall(packageName: string): boolean {
  // policy-rc.d may deny starting the packaged service: that is fine, we start our own.
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const quiet = { stdio: "ignore" as const, env };
  if (spawnSync("apt-get", ["install", "-y", "-qq", packageName], quiet).status === 0) return true;
  return spawnSync("apt-get", ["update", "-qq"], quiet).status === 0 && spawnSync("apt-get", ["install", "-y", "-qq", packageName], quiet).status === 0;
}

/** The executable's path, installed on demand; undefined if it is absent and apt-get cannot install it. */
export function ensureDebianBinary(binary: DebianBinary, log: (line: string) => void = () => {}): string | undefined {
  if (existsSync(binary.path)) return binary.path;
  if (!canUseApt()) return undefined;
  log(`未找到 ${binary.packageName}，正在通过 apt-get 安装 Debian 软件包…`);
  return aptInstall(binary.packageName) && existsSync(binary.path) ? binary.path : undefined;
}
