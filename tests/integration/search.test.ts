// The header search (lib/search, GET /api/v1/search): ranked hits of the
// caller's tenant by Chinese substring, one- and two-character queries too,
// LIKE metacharacters taken literally, and a reporter finding only the report
// texts their role may read (lib/reports/reporter-scope.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor } from "@/tests/support/reporting";

type Hit = { kind: string; id: string; title: string; url: string };

async function search(q: string | null): Promise<{ status: number; body: { results?: Hit[]; error?: string } }> {
  const url = q === null ? "http://localhost/api/v1/search" : `http://localhost/api/v1/search?q=${encodeURIComponent(q)}`;
  const response = await searchRoute(new Request(url), { params: Promise.resolve({}) });
  return { status: response.status, body: (await response.json()) as { results?: Hit[]; error?: string } };
}

async function titles(q: string): Promise<string[]> {
  const { status, body } = await search(q);
  expect(status).toBe(200);
  return body.results!.map((r) => r.title);
}

const TEXT = {
  ownDraft: "琥珀报告：本单位草稿里的家校共育做法",
  foreignDraft: "琥珀报告：乙单位尚未提交的草稿",
  foreignApproved: "琥珀报告：乙单位已通过的课后服务进展",
};

let jinfeng: string;
let taskTitle: string;
const unitIds: Record<string, string> = {};

beforeAll(async () => {
  jinfeng = await tenantIdOf("jinfeng");
  const xingqing = await tenantIdOf("xingqing");
  for (const name of ["琥珀", "琥珀幼儿园", "测_试中学", "测试甲中学", "达标率100%小学", "达标率1000小学"]) {
    unitIds[name] = (await ownerDb().orgUnit.create({ data: { tenantId: jinfeng, name, kind: "school" } })).id;
  }
  await ownerDb().person.create({ data: { tenantId: jinfeng, name: "王琥珀", title: "副局长" } });
  await ownerDb().plan.create({ data: { tenantId: jinfeng, title: "关于琥珀的专项规划", startYear: 2024, endYear: 2026 } });
  await ownerDb().orgUnit.create({ data: { tenantId: xingqing, name: "琥珀兴庆专属学校", kind: "school" } });
  taskTitle = (await ownerDb().task.findFirstOrThrow({ where: { tenantId: jinfeng }, orderBy: { position: "asc" } })).title;

  // Reports: the reporter's own unit's draft, another unit's draft and approved report.
  const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
  const ownUnit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
  const slots = await ownerDb().reportSlot.findMany({ where: { tenantId: jinfeng, periodId }, orderBy: { createdAt: "asc" } });
  const own = slots.find((s) => s.orgUnitId === ownUnit)!;
  const [foreignA, foreignB] = slots.filter((s) => s.orgUnitId !== ownUnit);
  const report = (slotId: string, status: "draft" | "approved", summary: string) =>
    ownerDb().report.create({ data: { tenantId: jinfeng, slotId, status, summary } });
  await report(own.id, "draft", TEXT.ownDraft);
  await report(foreignA!.id, "draft", TEXT.foreignDraft);
  await report(foreignB!.id, "approved", TEXT.foreignApproved);
});

describe("search", () => {
  it("ranks the whole name before its start before anywhere in it, for a two-character query", async () => {
    await signInAs("jinfeng.staff");
    const found = await titles("琥珀");
    expect(found.slice(0, 2)).toEqual(["琥珀", "琥珀幼儿园"]);
    expect(found).toEqual(expect.arrayContaining(["王琥珀", "关于琥珀的专项规划"]));
    const { body } = await search("琥珀");
    expect(body.results!.find((r) => r.title === "琥珀")).toEqual({ kind: "unit", id: unitIds["琥珀"], title: "琥珀", url: `/units/${unitIds["琥珀"]}` });
    expect(body.results!.find((r) => r.title === "王琥珀")).toMatchObject({ kind: "person", url: expect.stringMatching(/^\/tasks\?leader=/) });
  });

  it("finds by a single character, and a task by its whole title first", async () => {
    await signInAs("jinfeng.staff");
    expect(await titles("珀")).toEqual(expect.arrayContaining(["琥珀", "王琥珀"]));
    const { body } = await search(taskTitle);
    expect(body.results![0]).toMatchObject({ kind: "task", title: taskTitle, url: expect.stringMatching(/^\/tasks\/[0-9a-f-]{36}$/) });
  });

  it("finds a name from a query with one character wrong (trigram similarity)", async () => {
    await signInAs("jinfeng.staff");
    expect(await titles("琥珀幼儿圆")).toContain("琥珀幼儿园");
  });

  it("answers at most 20 results", async () => {
    await signInAs("jinfeng.staff");
    await ownerDb().orgUnit.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ tenantId: jinfeng, name: `星河分校${i + 1}`, kind: "school" as const })),
    });
    const { body } = await search("星河");
    expect(body.results!.length).toBe(20);
  });

  it("takes % and _ literally", async () => {
    await signInAs("jinfeng.staff");
    expect(await titles("测_")).toEqual(["测_试中学"]);
    expect(await titles("100%")).toEqual(["达标率100%小学"]);
    expect(await titles("%")).toEqual(["达标率100%小学"]);
  });

  it("never finds another tenant's rows", async () => {
    await signInAs("jinfeng.staff");
    expect(await titles("兴庆专属")).toEqual([]);
    await signInAs("xingqing.staff");
    expect(await titles("琥珀")).toEqual(["琥珀兴庆专属学校"]);
  });

  it("finds report texts: staff every unit's, a reporter their own unit's and others' approved ones only", async () => {
    await signInAs("jinfeng.staff");
    const staff = (await search("琥珀报告")).body.results!.filter((r) => r.kind === "report");
    expect(staff).toHaveLength(3);
    expect(staff.every((r) => /^\/reports\/[0-9a-f-]{36}$/.test(r.url))).toBe(true);

    await signInAs("jinfeng.reporter");
    const reporter = (await search("琥珀报告")).body.results!.filter((r) => r.kind === "report");
    const ids = await ownerDb().report.findMany({ where: { tenantId: jinfeng, summary: { in: [TEXT.ownDraft, TEXT.foreignApproved] } } });
    expect(reporter.map((r) => r.id).sort()).toEqual(ids.map((r) => r.id).sort());
    // The draft's own words are not searchable by the reporter either.
    expect((await search("尚未提交")).body.results!.filter((r) => r.kind === "report")).toEqual([]);
    expect((await search("家校共育")).body.results!.filter((r) => r.kind === "report")).toHaveLength(1);
  });

  it("refuses an empty or oversized query with a Chinese message", async () => {
    await signInAs("jinfeng.staff");
    for (const q of [null, "", "   "]) {
      const { status, body } = await search(q);
      expect(status).toBe(400);
      expect(body.error).toContain("请输入要搜索的内容");
    }
    const long = await search("教".repeat(51));
    expect(long.status).toBe(400);
    expect(long.body.error).toContain("不能超过 50 个字");
  });
});
