// Finds a program that comes from a Debian package (pgbouncer, haproxy,
// Chromium) for the tests and the benchmark, installing the package with
// apt-get when it is missing and we are root. Returns undefined when it is
// absent and cannot be installed, so a caller can skip with a stated reason
// instead of failing on a bare machine.
//
// Every apt-get here runs under one flock: `npm test` installs the browser
// run's packages in the background while vitest runs (tests/run-all.ts), and
// a test that needs pgbouncer meanwhile must wait for that install, not fail
// on apt's own lock and skip.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEBIAN_CHROMIUM } from "@/lib/browser/chromium-flags";

export interface DebianBinary {
  /** The Debian package that ships it. */
  packageName: string;
  /** Where the package puts the executable. */
  path: string;
}

export const PGBOUNCER: DebianBinary = { packageName: "pgbouncer", path: "/usr/sbin/pgbouncer" };
export const HAPROXY: DebianBinary = { packageName: "haproxy", path: "/usr/sbin/haproxy" };
export const CHROMIUM_HEADLESS_SHELL: DebianBinary = { packageName: "chromium-headless-shell", path: DEBIAN_CHROMIUM.headlessShell };

// Root-only /run/lock where it exists; bounded wait, so a stalled install fails the wait instead of hanging a test worker.
const APT_LOCK = path.join(existsSync("/run/lock") ? "/run/lock" : os.tmpdir(), "eduplan-apt.lock");
const APT_LOCK_WAIT_S = 900;

const canUseApt = () => process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get && command -v flock"], { stdio: "ignore" }).status === 0;

/**
 * Finish an install an earlier run left half done, install from the lists at
 * hand, else refresh them once and try again; policy-rc.d may deny starting
 * the packaged service: we start our own.
 */
function aptCommand(packageName: string): string[] {
  const script = `dpkg --configure -a; apt-get install -y -qq ${packageName} || { apt-get update -qq && apt-get install -y -qq ${packageName}; }`;
  return ["flock", "-w", String(APT_LOCK_WAIT_S), APT_LOCK, "sh", "-c", script];
}

const aptEnv = () => ({ ...process.env, DEBIAN_FRONTEND: "noninteractive" });

/** The executable's path, installed on demand; undefined if it is absent and apt-get cannot install it. */
export function ensureDebianBinary(binary: DebianBinary, log: (line: string) => void = () => {}): string | undefined {
  if (existsSync(binary.path)) return binary.path;
  if (!canUseApt()) return undefined;
  log(`未找到 ${binary.packageName}，正在通过 apt-get 安装 Debian 软件包…`);
  const [cmd, ...args] = aptCommand(binary.packageName);
  spawnSync(cmd!, args, { stdio: "ignore", env: aptEnv() });
  return existsSync(binary.path) ? binary.path : undefined;
}

/**
 * Starts installing whichever of `binaries` are missing without waiting
 * (resolves when apt-get is done, whatever it did): the caller goes on and
 * later calls ensureDebianBinary, which finds them or waits on the lock.
 * One package at a time: one this distribution lacks must not keep the others out.
 */
export async function installMissingInBackground(binaries: DebianBinary[]): Promise<void> {
  const missing = binaries.filter((b) => !existsSync(b.path)).map((b) => b.packageName);
  if (missing.length === 0 || !canUseApt()) return;
  for (const packageName of missing) await aptInstallDetached(packageName);
}

function aptInstallDetached(packageName: string): Promise<void> {
  const [cmd, ...args] = aptCommand(packageName);
  // Its own process group: a Ctrl-C meant for the tests must not stop dpkg halfway.
  const child = spawn(cmd!, args, { stdio: "ignore", env: aptEnv(), detached: true });
  return new Promise((resolve) => {
    child.once("error", () => resolve());
    child.once("exit", () => resolve());
  });
}
