// The read router's two pure judgements: WAL positions compared as numbers
// (a cookie's position against the standby's replay), and which failures of a
// read on the standby send it to the primary rather than to the user.
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { isLsn, lsnValue } from "@/lib/db/lsn";
import { isReplicaUnavailable } from "@/lib/db/replica-failure";

describe("WAL positions", () => {
  it("orders by the high half first, then the low half, as numbers not text", () => {
    expect(lsnValue("0/FFFFFFFF") < lsnValue("1/0")).toBe(true);
    expect(lsnValue("0/A0") > lsnValue("0/9F")).toBe(true);
    expect(lsnValue("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
  });

  it("accepts only a position from a cookie", () => {
    expect(isLsn("0/3000060")).toBe(true);
    for (const junk of ["", "0/", "x/1", "0/1; DROP", "123456789/0", undefined, 7]) expect(isLsn(junk)).toBe(false);
  });
});

describe("a read the standby failed", () => {
  it("goes to the primary when the standby is unreachable, shutting down or in conflict with recovery", () => {
    expect(isReplicaUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isReplicaUnavailable(new Error("outer", { cause: Object.assign(new Error("terminating connection"), { code: "57P01" }) }))).toBe(true);
    expect(isReplicaUnavailable(Object.assign(new Error("canceling statement due to conflict with recovery"), { code: "40001" }))).toBe(true);
    expect(isReplicaUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("is the read's own answer otherwise", () => {
    expect(isReplicaUnavailable(new NotFoundError())).toBe(false);
    expect(isReplicaUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isReplicaUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});
