import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { ConflictError } from "@/lib/errors";
import { importPlan } from "@/lib/plans/import/import-plan";
import { parsePlanText, type PlanSection, type PlanTask } from "@/lib/plans/parser";
import { getPlanDocument } from "@/lib/plans/queries/get-plan-document";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";
import { DEMO_DOCUMENTS_DIR, DEMO_PLAN_DOCUMENTS } from "@/prisma/seed/demo-plans";
import { ownerDb, tenantIdOf } from "@/tests/support/db";

const SYNTHETIC = `测试区教育局2024年工作要点

一、办好学前教育

1.扩大普惠资源

目标任务：普惠性幼儿园覆盖率达到95%以上。

工作举措：新建幼儿园3所。

责任领导：王 芳

责任单位：学前科、各幼儿园

二、提升义务教育质量

2.推进集团化办学

工作举措：组建教育集团2个。

责任领导：李强

牵头单位：基教科

配合单位：区财政局、区人社局
`;

function allTasks(sections: PlanSection[]): PlanTask[] {
  return sections.flatMap((s) => [...s.tasks, ...allTasks(s.sections)]);
}

type DocSection = {
  title: string;
  sections: DocSection[];
  tasks: {
    number: number;
    title: string;
    goal: string | null;
    measures: string[];
    leaders: string[];
    units: { name: string; role: string }[];
    targets: { value: number | null; unit: string | null; comparator: string; year: number | null }[];
  }[];
};
function docTasks(sections: DocSection[]): DocSection["tasks"] {
  return sections.flatMap((s) => [...s.tasks, ...docTasks(s.sections)]);
}

async function importSynthetic(tenantCode: string, text: string, replace = false) {
  const tenantId = await tenantIdOf(tenantCode);
  return openTenantTransaction(getPrisma(), { tenantId, userId: null }, (tx) => importPlan(tx, tenantId, parsePlanText(text), { sourceText: text, replace }));
}

describe("plan import", () => {
  it.each(DEMO_PLAN_DOCUMENTS)("round-trips $file: what is stored reads back as what was parsed", async ({ tenant, file }) => {
    const text = await readFile(path.join(DEMO_DOCUMENTS_DIR, file), "utf8");
    const parsed = parsePlanText(text);
    const tenantId = await tenantIdOf(tenant);
    const plan = await ownerDb().plan.findFirstOrThrow({ where: { tenantId, title: parsed.title } });
    const stored = await openTenantTransaction(getPrisma(), { tenantId, userId: null }, (tx) => getPlanDocument(tx, tenantId, plan.id));

    expect(stored.period).toEqual({ startYear: parsed.period!.startYear, endYear: parsed.period!.endYear });
    const want = allTasks(parsed.sections);
    const got = docTasks(stored.sections as DocSection[]);
    expect(got.length).toBe(want.length);
    got.forEach((task, i) => {
      const w = want[i]!;
      expect({ number: task.number, title: task.title, goal: task.goal, measures: task.measures }).toEqual({
        number: w.number,
        title: w.title,
        goal: w.goal,
        measures: w.measures,
      });
      expect([...task.leaders].sort()).toEqual([...new Set(w.leaders)].sort());
      expect(task.units.map((u) => `${u.role}:${u.name}`).sort()).toEqual([...new Set(w.units.map((u) => `${u.role}:${u.name}`))].sort());
      expect(task.targets.map((t) => [t.value, t.unit, t.year])).toEqual(w.targets.map((t) => [t.min ?? t.value, t.unit, t.year]));
    });
    expect(stored.indicators.filter((i) => i.origin === "table").map((i) => [i.name, i.baseline?.value ?? null, i.target?.value ?? null])).toEqual(
      parsed.indicators.map((i) => [i.name, i.baseline?.value ?? null, i.target?.value ?? null]),
    );
  });

  it("links the units and leaders a plan names, creating the missing ones in the tenant", async () => {
    const huiji = await tenantIdOf("huiji");
    const result = await importSynthetic("huiji", SYNTHETIC);
    expect(result).toMatchObject({ sections: 2, tasks: 2, replaced: false });
    const people = await ownerDb().person.findMany({ where: { tenantId: huiji, name: { in: ["王芳", "李强"] } } });
    expect(people.map((p) => p.name).sort()).toEqual(["李强", "王芳"]);
    const finance = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: huiji, name: "区财政局" } });
    expect(finance.kind).toBe("county_department");
    const links = await ownerDb().taskUnit.findMany({ where: { tenantId: huiji, task: { planId: result.planId } }, include: { orgUnit: true } });
    expect(links.map((l) => `${l.role}:${l.orgUnit.name}`).sort()).toEqual(
      ["cooperate:区人社局", "cooperate:区财政局", "lead:基教科", "responsible:各幼儿园", "responsible:学前科"].sort(),
    );
    const target = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: huiji, planId: result.planId, unit: "%" } });
    expect([Number(target.targetValue), target.comparator]).toEqual([95, "gte"]);
  });

  it("refuses a second import of the same document unless told to replace it", async () => {
    const first = await importSynthetic("helan", SYNTHETIC);
    // Different whitespace, same document.
    await expect(importSynthetic("helan", SYNTHETIC.replace(/\n\n/g, "\r\n\r\n\r\n"))).rejects.toBeInstanceOf(ConflictError);
    const second = await importSynthetic("helan", SYNTHETIC, true);
    expect(second.replaced).toBe(true);
    expect(await ownerDb().plan.count({ where: { id: first.planId } })).toBe(0);
    expect(await ownerDb().task.count({ where: { planId: second.planId } })).toBe(2);
    // The same document in another tenant is that tenant's business.
    await expect(importSynthetic("xingqing", SYNTHETIC)).resolves.toMatchObject({ tasks: 2 });
  });

  it("refuses to replace a plan that has received reports, and says how many", async () => {
    const first = await importSynthetic("jinfeng", SYNTHETIC);
    const db = ownerDb();
    const tenantId = await tenantIdOf("jinfeng");
    const task = await db.task.findFirstOrThrow({ where: { planId: first.planId } });
    const unit = await db.orgUnit.findFirstOrThrow({ where: { tenantId } });
    const period = await db.reportingPeriod.create({
      data: {
        tenantId,
        planId: first.planId,
        label: "2026年10月",
        startsOn: new Date("2026-10-01"),
        endsOn: new Date("2026-10-31"),
        dueOn: new Date("2026-11-05"),
      },
    });
    const slotOf = (status: "draft" | "submitted") =>
      db.reportSlot.create({ data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: unit.id, unitRole: "lead", dueOn: period.dueOn, status } });
    const slot = await slotOf("submitted");
    await db.report.create({ data: { tenantId, slotId: slot.id, status: "submitted", summary: "已按计划推进" } });

    await expect(importSynthetic("jinfeng", SYNTHETIC, true)).rejects.toThrow(/已收到 1 份填报报告/);
    expect(await db.plan.count({ where: { id: first.planId } })).toBe(1);
    expect(await db.report.count({ where: { slotId: slot.id } })).toBe(1);

    // A draft nobody has submitted does not block it: replacing is still possible before reporting starts.
    await db.report.deleteMany({ where: { slotId: slot.id } });
    await db.reportSlot.delete({ where: { id: slot.id } });
    const draftSlot = await slotOf("draft");
    await db.report.create({ data: { tenantId, slotId: draftSlot.id, status: "draft", summary: "草稿" } });
    await expect(importSynthetic("jinfeng", SYNTHETIC, true)).resolves.toMatchObject({ replaced: true });
  });

  it("writes nothing when any part of the import fails", async () => {
    const jinfeng = await tenantIdOf("jinfeng");
    const parsed = parsePlanText(SYNTHETIC.replace("测试区", "原子性测试区"));
    allTasks(parsed.sections)[1]!.targets.push({ text: "超出精度的值", value: 1e20, unit: "个", comparator: "=", year: null, line: 1 });
    const before = { plans: await ownerDb().plan.count(), units: await ownerDb().orgUnit.count(), people: await ownerDb().person.count() };
    await expect(
      openTenantTransaction(getPrisma(), { tenantId: jinfeng, userId: null }, (tx) => importPlan(tx, jinfeng, parsed, { sourceText: "原子性" })),
    ).rejects.toThrow();
    expect({ plans: await ownerDb().plan.count(), units: await ownerDb().orgUnit.count(), people: await ownerDb().person.count() }).toEqual(before);
  });

  it("refuses other file types, fake .docx files and non-bureau tenants in Chinese", async () => {
    await expect(importPlanFile(ownerDb(), "huiji", "plan.doc", new Uint8Array([1, 2, 3]))).rejects.toThrow(
      "不支持旧版 Word 文档（.doc）：请在 Word 或 WPS 中打开，“另存为” .docx 格式后上传",
    );
    await expect(importPlanFile(ownerDb(), "huiji", "plan.pdf", new Uint8Array([1, 2, 3]))).rejects.toThrow("该文件不是有效的 PDF 文档");
    await expect(importPlanFile(ownerDb(), "huiji", "fake.docx", new TextEncoder().encode("not a zip"))).rejects.toThrow("该文件不是有效的 .docx 文档");
    await expect(importPlanFile(ownerDb(), "yinchuan", "a.txt", new TextEncoder().encode(SYNTHETIC))).rejects.toThrow("没有代码为 yinchuan 的区县教育局");
  });
});
