// Runs one table of the access matrix: every entry × every caller (callers.ts),
// each test's calls between two fingerprints of the whole database.
//
//   refused by can()            → FAILURE_MESSAGES.forbidden / 403 (no session:
//                                 signedOut / 401), and nothing written;
//   permitted, victim's objects → refused, with exactly the answer given for
//                                 ids that do not exist (the ghost), not a
//                                 validation error nor a crash, nothing
//                                 written, none of the victim's ids in it;
//   permitted, own objects      → success (which proves the input well-formed,
//                                 so the refusals above mean something), and
//                                 nothing written outside the caller's tenant.
import { afterAll, beforeAll, describe } from "vitest";
import { actionCases } from "./action-cases";
import type { Table } from "./expectations";
import { Matrix } from "./matrix";
import { publicRouteCases, routeCases } from "./route-cases";

export function runMatrix(table: Table): void {
  const m = new Matrix();
  beforeAll(() => m.setUp(table), 180_000);
  afterAll(() => m.tearDown());

  for (const [key, entry] of Object.entries(table.actions)) describe(key, () => actionCases(m, key, entry));
  for (const [key, entry] of Object.entries(table.routes)) {
    if (entry.kind === "tenant") describe(key, () => routeCases(m, key, entry));
    if (entry.kind === "public") describe(key, () => publicRouteCases(m, key, entry));
    // kind "external" (next-auth's handler): listed for the coverage check only.
  }
}
