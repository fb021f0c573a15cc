// An 实施方案 with an annex project table: the import stores each project as
// the plan's (not as a task), linked to the task citing the annex, and the
// plan page lists them with the 合计 row left out.
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openTenantTransaction, readTenant } from "@/lib/db/tenant-scope";
import { importPlan } from "@/lib/plans/import/import-plan";
import { documentText, parsePlanDocument } from "@/lib/plans/parser";
import { listPlanProjects } from "@/lib/plans/queries/list-plan-projects";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { annexProjectsPlan } from "@/tests/support/plan-layouts/annex-projects-plan";
import { tenantSessionOf } from "@/tests/support/reporting";

describe("annex projects", () => {
  it("are stored with the plan, linked to the citing task, and listed on the plan page; never tasks", async () => {
    const tenantId = await tenantIdOf("huiji");
    const parsed = parsePlanDocument(annexProjectsPlan);
    const sourceText = documentText(annexProjectsPlan);
    const result = await openTenantTransaction(getPrisma(), { tenantId, userId: null }, (tx) => importPlan(tx, tenantId, parsed, { sourceText }));

    const rows = await ownerDb().planProject.findMany({ where: { planId: result.planId }, orderBy: { position: "asc" } });
    expect(rows.map((p) => [p.name, p.investment, p.investmentWanYuan?.toString() ?? null, p.years, p.units, p.taskNumber])).toEqual([
      ["城南小学新建项目", "9800", "9800", "2024-2026年", ["县教育局", "县住建局"], 2],
      ["城关中学改扩建项目", "3600", "3600", "2024-2025年", ["县教育局"], 2],
      ["第二幼儿园新建项目", "1.2亿元", "12000", "2025年", ["县教育局", "县发改局"], 2],
    ]);
    expect(await ownerDb().task.count({ where: { planId: result.planId, title: { contains: "项目" } } })).toBe(0);

    const admin = await tenantSessionOf("huiji.admin");
    const listed = await readTenant(admin, (tx) => listPlanProjects(tx, tenantId, result.planId));
    expect(listed.map((p) => [p.name, p.task?.number ?? null])).toEqual([
      ["城南小学新建项目", 2],
      ["城关中学改扩建项目", 2],
      ["第二幼儿园新建项目", 2],
    ]);
    expect(listed[0]!.task?.title).toContain("义务教育学校新建改扩建工程");

    // Another bureau reads none of them, even by the plan's id.
    const other = await tenantSessionOf("jinfeng.admin");
    expect(await readTenant(other, (tx) => listPlanProjects(tx, other.tenant.tenantId, result.planId))).toEqual([]);
  });
});
