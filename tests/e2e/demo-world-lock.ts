// The browser tests run in two Playwright workers against one server
// (decision 0039). Specs that write the shared demo world (金凤, 兴庆, 贺兰,
// 惠济, 银川 and their accounts) or count what other specs write there hold
// the "demo-world" lock for the whole file, so no two of them ever overlap;
// specs with a bureau of their own (world.ts) and the read-only accessibility
// sweep run beside them. A spec that gets its own bureau does not call this.
//
// Playwright's own test lock: its scheduler never starts a file holding the
// lock while another such file runs, in any project, and gives the free worker
// a file without the lock instead, so no worker sits waiting for the demo world.
import { test } from "@playwright/test";

export const DEMO_WORLD_LOCK = "demo-world";

/** Call once at the top of a spec that writes (or counts) the shared demo world. */
export function holdDemoWorld(): void {
  test.describe.configure({ lock: DEMO_WORLD_LOCK });
}
