// The public page (/public/<code>…) against real PostgreSQL: a separate,
// read-only path that shows only what a bureau admin published, never another
// tenant's plan, answers "not found" at once after unpublishing on every
// server (NOTIFY reaching each process's cache), and serves repeat readers
// from its cache. The demo world publishes 金凤's 2022 教育工作要点.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishPlanAction, unpublishPlanAction } from "@/lib/public/actions";
import { SNAPSHOT_LOADERS, type SnapshotLoaders } from "@/lib/public/load-snapshots";
import { createPublicReader, type PublicReader } from "@/lib/public/public-reader";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

/** Words that exist in the database around the published plan and must never reach a public snapshot. */
const SECRET = {
  reportSummary: "【公开测试】不应公开的填报内容",
  reportProblems: "【公开测试】不应公开的困难问题",
  reviewComment: "【公开测试】不应公开的审核意见",
  evidence: "【公开测试】佐证材料.pdf",
  bystander: "【公开测试】无关人员",
  goal: "【公开测试】任务目标原文",
  reporterName: "金凤填报员",
};
const TASK_TITLE = "【公开测试】第一项任务";
const LEADER = "【公开测试】责任领导";
const INDICATOR = "【公开测试】学前教育普惠率";

const F = { jinfeng: "", xingqing: "", plan: "", foreignPlan: "", taskId: "" };

function form(fields: Record<string, string | boolean>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== false) data.set(name, value === true ? "on" : value);
  return data;
}

async function publish(planId: string, show: { tasks: boolean; progress: boolean; indicators: boolean; leaders: boolean }, as = "jinfeng.admin") {
  await signInAs(as);
  return publishPlanAction(
    null,
    form({ planId, showTasks: show.tasks, showProgress: show.progress, showIndicators: show.indicators, showLeaders: show.leaders }),
  );
}

/** The published plan's surroundings: a leader, a report with texts and evidence, a bystander, an approved value. */
async function buildFixture() {
  const db = ownerDb();
  F.jinfeng = await tenantIdOf("jinfeng");
  F.xingqing = await tenantIdOf("xingqing");
  const publication = await db.planPublication.findFirstOrThrow({ where: { tenantId: F.jinfeng }, include: { plan: true } });
  expect(publication.plan.title).toMatch(/2022.*教育工作要点/);
  F.plan = publication.planId;
  F.foreignPlan = (await db.plan.findFirstOrThrow({ where: { tenantId: F.xingqing } })).id;
  const tenantId = F.jinfeng;
  const task = await db.task.findFirstOrThrow({ where: { tenantId, planId: F.plan }, orderBy: { position: "asc" } });
  F.taskId = task.id;
  await db.task.update({ where: { id: task.id }, data: { title: TASK_TITLE, goal: SECRET.goal, status: "in_progress", progress: 40 } });
  const leader = await db.person.create({ data: { tenantId, name: LEADER } });
  await db.taskLeader.create({ data: { tenantId, taskId: task.id, personId: leader.id } });
  await db.person.create({ data: { tenantId, name: SECRET.bystander } });
  const unit = await db.orgUnit.findFirstOrThrow({ where: { tenantId, kind: { not: "group" } }, orderBy: { name: "asc" } });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const period = await db.reportingPeriod.create({
    data: { tenantId, planId: F.plan, label: "2022年第四季度", startsOn: day("2022-10-01"), endsOn: day("2022-12-31"), dueOn: day("2023-01-05") },
  });
  const slot = await db.reportSlot.create({
    data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: unit.id, unitRole: "lead", dueOn: day("2023-01-05"), status: "approved" },
  });
  const report = await db.report.create({
    data: {
      tenantId,
      slotId: slot.id,
      status: "approved",
      summary: SECRET.reportSummary,
      problems: SECRET.reportProblems,
      reviewComment: SECRET.reviewComment,
      progress: 40,
    },
  });
  await db.attachment.create({
    data: {
      tenantId,
      reportId: report.id,
      fileName: SECRET.evidence,
      contentType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
      storageKey: "public-test",
    },
  });
  const indicator = await db.indicator.create({
    data: {
      tenantId,
      planId: F.plan,
      origin: "table",
      position: 999,
      name: INDICATOR,
      unit: "%",
      comparator: "gte",
      targetValue: 90,
      targetYear: 2022,
      baselineValue: 80,
      baselineYear: 2021,
    },
  });
  await db.indicatorActual.create({
    data: {
      tenantId,
      indicatorId: indicator.id,
      reportId: report.id,
      periodId: period.id,
      asOf: day("2022-12-31"),
      value: 88.5,
      reviewState: "approved",
      approvedAt: new Date(),
    },
  });
}

beforeAll(buildFixture);

const ALL_ON = { tasks: true, progress: true, indicators: true, leaders: true };

function expectNoSecrets(json: string) {
  for (const [what, text] of Object.entries(SECRET)) expect(json, `${what} reached the public snapshot`).not.toContain(text);
}

describe("what the public page shows", () => {
  it("shows the chosen fields of a published plan, with the time it was read", async () => {
    expect(await publish(F.plan, ALL_ON)).toMatchObject({ ok: true });
    const { value: snapshot } = await SNAPSHOT_LOADERS.plan("jinfeng", F.plan);
    expect(snapshot).not.toBeNull();
    const tasks = snapshot!.sections!.flatMap((s) => s.tasks);
    expect(tasks.find((t) => t.title === TASK_TITLE)).toMatchObject({ status: "in_progress", progress: 40, leaders: expect.arrayContaining([LEADER]) });
    expect(snapshot!.summary!.total).toBe(tasks.length);
    expect(snapshot!.indicators!.find((i) => i.name === INDICATOR)).toMatchObject({ targetValue: 90, latest: { value: 88.5, asOf: "2022-12-31" } });
    expect(Date.parse(snapshot!.readAt)).toBeGreaterThan(Date.now() - 60_000);
    expectNoSecrets(JSON.stringify(snapshot));
  });

  it.each([
    ["tasks", { ...ALL_ON, tasks: false }, [TASK_TITLE, LEADER]],
    ["status and progress", { ...ALL_ON, progress: false }, ['"status"', '"progress"', '"summary":{']],
    ["indicators", { ...ALL_ON, indicators: false }, [INDICATOR, "88.5"]],
    ["responsible leaders", { ...ALL_ON, leaders: false }, [LEADER, '"leaders"']],
  ] as const)("without %s, none of it is in the snapshot", async (_what, show, absent) => {
    expect(await publish(F.plan, show)).toMatchObject({ ok: true });
    const snapshot = (await SNAPSHOT_LOADERS.plan("jinfeng", F.plan)).value!;
    expect(snapshot.shown).toEqual({ ...show, leaders: show.leaders && show.tasks });
    // Everything but the flags themselves (whose names are the words looked for).
    const json = JSON.stringify({ ...snapshot, shown: null });
    expect(json).toContain("教育工作要点");
    for (const text of absent) expect(json).not.toContain(text);
    expectNoSecrets(json);
  });

  it("leaders are off until chosen: a new publication shows them only when ticked", async () => {
    const db = ownerDb();
    const spare = await db.plan.findFirstOrThrow({ where: { tenantId: F.jinfeng, id: { not: F.plan } } });
    expect(await publish(spare.id, { tasks: true, progress: true, indicators: true, leaders: false })).toMatchObject({ ok: true });
    expect(await db.planPublication.findFirst({ where: { tenantId: F.jinfeng, planId: spare.id } })).toMatchObject({ showLeaders: false });
    expect(await db.auditEvent.count({ where: { tenantId: F.jinfeng, action: "plan.publish", entityId: spare.id } })).toBe(1);
    await signInAs("jinfeng.admin");
    expect(await unpublishPlanAction(null, form({ planId: spare.id }))).toMatchObject({ ok: true });
  });
});

describe("only this bureau's published plans", () => {
  it("never shows another tenant's plan under a bureau's code, nor an unpublished one", async () => {
    expect(await publish(F.foreignPlan, ALL_ON, "xingqing.admin")).toMatchObject({ ok: true });
    expect((await SNAPSHOT_LOADERS.plan("xingqing", F.foreignPlan)).value).not.toBeNull();
    expect((await SNAPSHOT_LOADERS.plan("jinfeng", F.foreignPlan)).value).toBeNull();
    const index = (await SNAPSHOT_LOADERS.bureau("jinfeng")).value!;
    expect(index.plans.map((p) => p.id)).not.toContain(F.foreignPlan);
    expect(JSON.stringify(index)).not.toContain("十四五");
    await signInAs("xingqing.admin");
    expect(await unpublishPlanAction(null, form({ planId: F.foreignPlan }))).toMatchObject({ ok: true });
    expect((await SNAPSHOT_LOADERS.bureau("xingqing")).value).toBeNull();
    expect((await SNAPSHOT_LOADERS.plan("xingqing", F.foreignPlan)).value).toBeNull();
  });

  it("refuses to publish another tenant's plan, like a missing one", async () => {
    const answer = await publish(F.foreignPlan, ALL_ON);
    expect(answer).toEqual({ ok: false, message: "规划不存在或无权访问" });
    expect(await ownerDb().planPublication.count({ where: { planId: F.foreignPlan } })).toBe(0);
  });

  it("answers nothing for an unknown code or a city", async () => {
    expect(await SNAPSHOT_LOADERS.bureau("no-such-bureau")).toEqual({ tenantId: null, value: null });
    expect(await SNAPSHOT_LOADERS.bureau("yinchuan")).toEqual({ tenantId: null, value: null });
  });
});

describe("the cache", () => {
  const readers: PublicReader[] = [];
  afterAll(() => Promise.all(readers.map((r) => r.stop())));

  /** A reader (one server) whose loads are counted. */
  function server(url = process.env.APP_DATABASE_URL!) {
    const loads = { count: 0 };
    const loaders: SnapshotLoaders = {
      bureau: (code) => (loads.count++, SNAPSHOT_LOADERS.bureau(code)),
      plan: (code, planId) => (loads.count++, SNAPSHOT_LOADERS.plan(code, planId)),
    };
    const reader = createPublicReader({ databaseUrl: url, loaders, log: () => {} });
    readers.push(reader);
    return { reader, loads };
  }

  it("serves a second reader from memory, one load for concurrent misses", async () => {
    expect(await publish(F.plan, ALL_ON)).toMatchObject({ ok: true });
    const { reader, loads } = server();
    await vi.waitFor(() => expect(reader.live).toBe(true), { timeout: 5_000 });
    const burst = await Promise.all(Array.from({ length: 10 }, () => reader.plan("jinfeng", F.plan)));
    expect(loads.count).toBe(1);
    expect(burst.every((s) => s === burst[0] && s !== null)).toBe(true);
    await reader.plan("jinfeng", F.plan);
    await reader.bureau("jinfeng");
    await reader.bureau("jinfeng");
    expect(loads.count).toBe(2);
  });

  it("unpublishing reaches every server's cache at once: the page answers not found", async () => {
    expect(await publish(F.plan, ALL_ON)).toMatchObject({ ok: true });
    const servers = [server(), server()];
    for (const { reader } of servers) await vi.waitFor(() => expect(reader.live).toBe(true), { timeout: 5_000 });
    for (const { reader } of servers) {
      expect(await reader.plan("jinfeng", F.plan)).not.toBeNull();
      expect((await reader.bureau("jinfeng"))!.plans.map((p) => p.id)).toContain(F.plan);
    }
    await signInAs("jinfeng.admin");
    expect(await unpublishPlanAction(null, form({ planId: F.plan }))).toMatchObject({ ok: true });
    for (const { reader } of servers) {
      await vi.waitFor(async () => expect(await reader.plan("jinfeng", F.plan)).toBeNull(), { timeout: 5_000, interval: 50 });
      expect(await reader.bureau("jinfeng")).toBeNull();
    }
    // Publishing again shows it again, just as promptly.
    expect(await publish(F.plan, ALL_ON)).toMatchObject({ ok: true });
    for (const { reader } of servers)
      await vi.waitFor(async () => expect(await reader.plan("jinfeng", F.plan)).not.toBeNull(), { timeout: 5_000, interval: 50 });
  });

  it("without its listener connected, the cache is not trusted: every read goes to the database", async () => {
    const { reader, loads } = server("postgresql://eduplan_app:x@127.0.0.1:1/none");
    await reader.plan("jinfeng", F.plan);
    await reader.plan("jinfeng", F.plan);
    expect(reader.live).toBe(false);
    expect(loads.count).toBe(2);
  });
});
