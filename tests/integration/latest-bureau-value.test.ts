// The city comparison reads each district's latest counted value with
// latestBureauValueSql, which finds the latest date first instead of ranking
// the whole series (bureauValuesSql). Both must name the same value, source and
// conflict under every rule of 最多报一次 (decision 0035): the earliest
// approval per date counts, a differing later one is a conflict, and set-aside
// values, members' values under a group, unapproved values and indicators not
// confirmed for the definition never count. Each step below adds one case and
// compares the two on the same rows.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { bureauValuesSql, latestBureauValueSql } from "@/lib/indicators/counted-values-sql";
import { ownerDb, tenantIdOf } from "@/tests/support/db";

let tenantId: string;
let definitionId: string;
const ind = { a: "", b: "", suggested: "", unmapped: "" };
let groupUnitId: string;

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

interface Counted {
  as_of: Date;
  value: Prisma.Decimal;
  actual_id: string;
  conflict: boolean;
}

async function both(): Promise<{ series: Counted | null; latest: Counted | null }> {
  const tenant = Prisma.sql`${tenantId}::uuid`;
  const definition = Prisma.sql`${definitionId}::uuid`;
  const [series] = await ownerDb().$queryRaw<Counted[]>`
    SELECT as_of, value, actual_id::text AS actual_id, conflict FROM (${bureauValuesSql(tenant, definition)}) c ORDER BY c.as_of DESC LIMIT 1`;
  const [latest] = await ownerDb().$queryRaw<Counted[]>`
    SELECT as_of, value, actual_id::text AS actual_id, conflict FROM (${latestBureauValueSql(tenant, definition)}) c`;
  return { series: series ?? null, latest: latest ?? null };
}

async function actual(
  indicatorId: string,
  asOf: string,
  value: number,
  extra: { approvedAt?: string; reviewState?: "approved" | "pending"; setAside?: boolean; group?: boolean; id?: string } = {},
): Promise<string> {
  const id = extra.id ?? randomUUID();
  await ownerDb().indicatorActual.create({
    data: {
      id,
      tenantId,
      indicatorId,
      asOf: date(asOf),
      value,
      reviewState: extra.reviewState ?? "approved",
      approvedAt: extra.approvedAt ? at(extra.approvedAt) : null,
      setAsideAt: extra.setAside ? new Date() : null,
      groupUnitId: extra.group ? groupUnitId : null,
    },
  });
  return id;
}

async function expectSame(expected: { asOf: string; value: number; actualId: string; conflict: boolean } | null) {
  const { series, latest } = await both();
  expect(latest).toEqual(series);
  if (expected === null) return expect(latest).toBeNull();
  expect(latest).toMatchObject({ as_of: date(expected.asOf), actual_id: expected.actualId, conflict: expected.conflict });
  expect(Number(latest!.value)).toBe(expected.value);
}

beforeAll(async () => {
  const db = ownerDb();
  tenantId = await tenantIdOf("jinfeng");
  const plan = await db.plan.findFirstOrThrow({ where: { tenantId } });
  groupUnitId = (await db.orgUnit.findFirstOrThrow({ where: { tenantId } })).id;
  definitionId = (await db.indicatorDefinition.create({ data: { code: `test-latest-${randomUUID()}`, name: "测试最新值", unit: "%" } })).id;
  const make = async (name: string, mapping: "confirmed" | "suggested" | null) =>
    (
      await db.indicator.create({
        data: {
          tenantId,
          planId: plan.id,
          taskId: null,
          origin: "manual",
          position: 900,
          name,
          unit: "%",
          ...(mapping ? { definitionId, mappingState: mapping } : {}),
        },
      })
    ).id;
  ind.a = await make("最新值（甲）", "confirmed");
  ind.b = await make("最新值（乙）", "confirmed");
  ind.suggested = await make("最新值（待确认）", "suggested");
  ind.unmapped = await make("最新值（未对应）", null);
});

describe("the latest counted value, read alone, is the series' first row", () => {
  it("has no value before anything is approved", async () => {
    await actual(ind.a, "2025-06-30", 70, { reviewState: "pending" });
    await expectSame(null);
  });

  it("takes the newest date across the definition's confirmed indicators", async () => {
    await actual(ind.a, "2025-03-31", 60, { approvedAt: "2025-04-02T08:00:00Z" });
    const newest = await actual(ind.b, "2025-06-30", 72, { approvedAt: "2025-07-03T08:00:00Z" });
    await expectSame({ asOf: "2025-06-30", value: 72, actualId: newest, conflict: false });
  });

  it("keeps the earliest approval of the newest date and marks a differing later one as a conflict", async () => {
    const earlier = await actual(ind.a, "2025-06-30", 71, { approvedAt: "2025-07-01T08:00:00Z" });
    await expectSame({ asOf: "2025-06-30", value: 71, actualId: earlier, conflict: true });
  });

  it("ignores a set-aside value, even approved first", async () => {
    await actual(ind.b, "2025-06-30", 50, { approvedAt: "2025-06-30T09:00:00Z", setAside: true });
    const { latest } = await both();
    expect(Number(latest!.value)).toBe(71);
    await expectSame({ asOf: "2025-06-30", value: 71, actualId: latest!.actual_id, conflict: true });
  });

  it("ignores newer values that do not count: unapproved, a member's under a group, a suggested or unmapped indicator's", async () => {
    await actual(ind.a, "2025-09-30", 80, { reviewState: "pending" });
    await actual(ind.a, "2025-09-30", 81, { approvedAt: "2025-10-01T08:00:00Z", group: true });
    await actual(ind.suggested, "2025-09-30", 82, { approvedAt: "2025-10-01T08:00:00Z" });
    await actual(ind.unmapped, "2025-09-30", 83, { approvedAt: "2025-10-01T08:00:00Z" });
    const { latest } = await both();
    expect(latest!.as_of).toEqual(date("2025-06-30"));
    await expectSame({ asOf: "2025-06-30", value: 71, actualId: latest!.actual_id, conflict: true });
  });

  it("agrees on equal values (no conflict) and on the tie of two approvals at one instant (the smaller id)", async () => {
    const low = "00000000-0000-7000-8000-000000000001";
    const high = "ffffffff-ffff-7fff-bfff-fffffffffffe";
    await actual(ind.b, "2025-12-31", 90, { approvedAt: "2026-01-05T08:00:00Z", id: high });
    await actual(ind.a, "2025-12-31", 90, { approvedAt: "2026-01-05T08:00:00Z", id: low });
    await expectSame({ asOf: "2025-12-31", value: 90, actualId: low, conflict: false });
  });

  it("falls back to the creation time where an approval time is missing", async () => {
    const unstamped = await actual(ind.b, "2026-03-31", 95);
    await expectSame({ asOf: "2026-03-31", value: 95, actualId: unstamped, conflict: false });
    await actual(ind.a, "2026-03-31", 96, { approvedAt: "2099-01-01T00:00:00Z" });
    await expectSame({ asOf: "2026-03-31", value: 95, actualId: unstamped, conflict: true });
  });
});
