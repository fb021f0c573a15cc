// The reads pages used to run inline (ledger, members, task editing, the
// catalogue, the briefing PDF's plan lookup), now lib/ query functions: each
// returns the caller's tenant's rows only, and another tenant's id is as
// missing as an id that does not exist.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { countMappedIndicators } from "@/lib/indicators/count-mapped-indicators";
import { listUnitOptions } from "@/lib/org/list-unit-options";
import { getPlanHeading } from "@/lib/plans/queries/get-plan-heading";
import { getTaskHeading } from "@/lib/plans/queries/get-task-heading";
import { listPlanSections } from "@/lib/plans/queries/list-plan-sections";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

let staff: TenantSession;
let jinfeng: string;
let ownPlan: { id: string; title: string };
let foreignPlan: string;

beforeAll(async () => {
  jinfeng = await tenantIdOf("jinfeng");
  ownPlan = await ownerDb().plan.findFirstOrThrow({ where: { tenantId: jinfeng }, orderBy: { title: "asc" }, select: { id: true, title: true } });
  foreignPlan = (await ownerDb().plan.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } })).id;
  staff = await tenantSessionOf("jinfeng.staff");
});

const read = <T>(fn: Parameters<typeof readTenant<T>>[1]) => readTenant(staff, fn);

describe("page queries load by id and tenant", () => {
  it("a plan's heading is its own tenant's; another tenant's plan or an unknown id is not found", async () => {
    await expect(read((tx) => getPlanHeading(tx, jinfeng, ownPlan.id))).resolves.toEqual(ownPlan);
    await expect(read((tx) => getPlanHeading(tx, jinfeng, foreignPlan))).rejects.toBeInstanceOf(NotFoundError);
    await expect(read((tx) => getPlanHeading(tx, jinfeng, randomUUID()))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a task's heading is its own tenant's; another tenant's task or an unknown id is not found", async () => {
    const own = await ownerDb().task.findFirstOrThrow({ where: { tenantId: jinfeng }, select: { id: true, number: true, title: true } });
    const foreign = await ownerDb().task.findFirstOrThrow({ where: { tenantId: { not: jinfeng } }, select: { id: true } });
    await expect(read((tx) => getTaskHeading(tx, jinfeng, own.id))).resolves.toEqual(own);
    await expect(read((tx) => getTaskHeading(tx, jinfeng, foreign.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(read((tx) => getTaskHeading(tx, jinfeng, randomUUID()))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a plan's sections come in document order, and another tenant's plan has none", async () => {
    const sections = await read((tx) => listPlanSections(tx, jinfeng, ownPlan.id));
    const stored = await ownerDb().section.findMany({ where: { planId: ownPlan.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(sections.map((s) => s.id)).toEqual(stored.map((s) => s.id));
    expect(sections.length).toBeGreaterThan(0);
    expect(await read((tx) => listPlanSections(tx, jinfeng, foreignPlan))).toEqual([]);
  });

  it("the unit picker lists every unit of the tenant by name, and no other tenant's", async () => {
    const options = await read((tx) => listUnitOptions(tx, jinfeng));
    const stored = await ownerDb().orgUnit.findMany({ where: { tenantId: jinfeng }, select: { id: true, name: true } });
    expect(options.map((o) => o.id).sort()).toEqual(stored.map((u) => u.id).sort());
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("the catalogue counts this bureau's indicators per definition, not another bureau's", async () => {
    const counts = await read((tx) => countMappedIndicators(tx, jinfeng));
    const stored = await ownerDb().indicator.findMany({ where: { tenantId: jinfeng, definitionId: { not: null } }, select: { definitionId: true } });
    const expected = new Map<string, number>();
    for (const i of stored) expected.set(i.definitionId!, (expected.get(i.definitionId!) ?? 0) + 1);
    expect(stored.length).toBeGreaterThan(0);
    expect(counts).toEqual(expected);
  });
});
