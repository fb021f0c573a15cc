// The browser tests run in two Playwright workers against one server
// (decision 0039). Specs that write the shared demo world (金凤, 兴庆, 贺兰,
// 惠济, 银川 and their accounts) or count what other specs write there hold
// this lock for the whole file, so no two of them ever overlap; specs with a
// bureau of their own (world.ts) and the read-only accessibility sweep run
// beside them. A spec that gets its own bureau does not call this.
//
// The lock is a file holding the worker's process id: created exclusively,
// removed after the file's last test (afterAll runs after a failed test too),
// and taken over when the process that holds it is gone (a crashed worker).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import { test } from "@playwright/test";

const LOCK = path.resolve(".tmp/e2e/demo-world.lock");

function holder(): number | null {
  try {
    const pid = Number(readFileSync(LOCK, "utf8"));
    // Empty for the instant between the exclusive create and the write: held.
    return Number.isInteger(pid) && pid > 0 ? pid : -1;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  if (pid === -1) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquire(): Promise<void> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: "wx" });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const pid = holder();
    if (pid !== null && !alive(pid)) rmSync(LOCK, { force: true });
    else await wait(250);
  }
}

function release(): void {
  if (holder() === process.pid) rmSync(LOCK, { force: true });
}

/** Removes a lock left by an earlier run (tests/e2e/serve.ts, before the first spec). */
export function clearDemoWorldLock(): void {
  rmSync(LOCK, { force: true });
}

/** Call once at the top of a spec that writes (or counts) the shared demo world. */
export function holdDemoWorld(): void {
  test.beforeAll(async () => {
    // Waiting for the other worker's spec is not this spec's time.
    test.setTimeout(900_000);
    await acquire();
  });
  test.afterAll(release);
}
