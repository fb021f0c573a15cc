// 督办单 against real PostgreSQL: staff issue one to a unit of a task (numbered
// per bureau and year, without gaps or duplicates even when two issue at
// once), the unit replies once, every step is an event and a notice, lists and
// downloads show a reporter only its own unit's slips, and the .docx reads back.
import { randomUUID } from "node:crypto";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { GET as getSlipFile } from "@/app/api/v1/slips/[file]/route";
import { GET as exportSlips } from "@/app/api/v1/slips.xlsx/route";
import type { TenantSession } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { issueSlipAction, replySlipAction } from "@/lib/supervision/slips/actions";
import { issueSlip } from "@/lib/supervision/slips/issue-slip";
import { listSlips } from "@/lib/supervision/slips/list-slips";
import { readTaskPage } from "@/lib/tasks/read-task-page";
import { renderToStaticMarkup } from "react-dom/server";
import { TaskSlipsPanel } from "@/components/supervision/task-slips-panel";
import { slipNumberText } from "@/lib/vocabulary";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const renderPdf = vi.hoisted(() => vi.fn(async () => Buffer.from("%PDF-1.7\n%%EOF\n")));
vi.mock("@/lib/briefing/render-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/briefing/render-pdf")>()),
  chromiumExecutable: () => "/test/stub-chromium",
  renderPdf,
}));

const DAY_MS = 86_400_000;
const isoDay = (offsetDays: number) => new Date(todayInChina().getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Bureau {
  tenantId: string;
  taskId: string;
  taskTitle: string;
  unitId: string;
  unitName: string;
  /** A unit of the bureau that the task does not name. */
  otherUnitId: string;
}

/** A bureau's first task, linked to the demo reporter's unit; another unit with its own reporter (`<code>.other`). */
async function bureau(code: string): Promise<Bureau> {
  const db = ownerDb();
  const tenantId = await tenantIdOf(code);
  const reporter = await db.membership.findFirstOrThrow({ where: { tenantId, user: { username: `${code}.reporter` } }, include: { orgUnit: true } });
  const unitId = reporter.orgUnitId!;
  const task = await db.task.findFirstOrThrow({ where: { tenantId }, orderBy: { position: "asc" } });
  await db.taskUnit.upsert({
    where: { tenantId_taskId_orgUnitId_role: { tenantId, taskId: task.id, orgUnitId: unitId, role: "lead" } },
    create: { tenantId, taskId: task.id, orgUnitId: unitId, role: "lead" },
    update: {},
  });
  const other = await db.orgUnit.create({ data: { tenantId, name: `督办测试其他单位${code}`, kind: "department" } });
  const user = await db.user.create({ data: { username: `${code}.other`, displayName: "其他单位填报员", passwordHash: "unused" } });
  await db.membership.create({ data: { tenantId, userId: user.id, role: "unit_reporter", orgUnitId: other.id } });
  return { tenantId, taskId: task.id, taskTitle: task.title, unitId, unitName: reporter.orgUnit!.name, otherUnitId: other.id };
}

const fileCall = async (file: string, cookie?: string) =>
  getSlipFile(new Request(`http://localhost/api/v1/slips/${file}`, cookie ? { headers: { cookie } } : {}), { params: Promise.resolve({ file }) });

let jinfeng: Bureau;
let helan: Bureau;

beforeAll(async () => {
  jinfeng = await bureau("jinfeng");
  helan = await bureau("helan");
});

const issueInput = (b: Bureau, extra: Record<string, unknown> = {}) => ({
  taskId: b.taskId,
  orgUnitId: b.unitId,
  level: "red",
  body: "请加快推进并按期回复。",
  replyBy: isoDay(3),
  ...extra,
});

async function issueAs(username: string, b: Bureau, extra: Record<string, unknown> = {}) {
  await signInAs(username);
  const result = await issueSlipAction(null, issueInput(b, extra));
  if (!result.ok) throw new Error(result.message);
  return ownerDb().supervisionSlip.findUniqueOrThrow({ where: { id: result.data.slipId } });
}

describe("issuing a 督办单", () => {
  it("staff issue one to a unit of the task: numbered in the bureau's year, an event, and the unit's reporters notified", async () => {
    const before = await ownerDb().supervisionSlip.count({ where: { tenantId: jinfeng.tenantId, year: todayInChina().getUTCFullYear() } });
    await signInAs("jinfeng.staff");
    const result = await issueSlipAction(null, issueInput(jinfeng, { body: "  请于三日内说明滞后原因。  " }));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const year = todayInChina().getUTCFullYear();
    expect(result.message).toBe(`已向${jinfeng.unitName}下发督办单 督办〔${year}〕${before + 1}号（通知 1 名填报员）`);
    const slip = await ownerDb().supervisionSlip.findUniqueOrThrow({ where: { id: result.data.slipId } });
    const staff = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } });
    expect(slip).toMatchObject({
      year,
      number: before + 1,
      level: "red",
      body: "请于三日内说明滞后原因。",
      orgUnitId: jinfeng.unitId,
      issuedById: staff.id,
      reply: null,
    });
    expect(slip.replyBy).toEqual(day(isoDay(3)));

    const events = await ownerDb().supervisionEvent.findMany({ where: { slipId: slip.id } });
    expect(events.map((e) => [e.kind, e.taskId, e.orgUnitId, e.actorUserId, e.note])).toEqual([
      ["slip_issued", jinfeng.taskId, jinfeng.unitId, staff.id, `督办〔${year}〕${before + 1}号`],
    ]);
    const reporter = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.reporter" } });
    const notices = await ownerDb().inboxMessage.findMany({ where: { link: `/supervision/slips/${slip.id}` } });
    expect(notices.map((n) => [n.userId, n.kind])).toEqual([[reporter.id, "slip"]]);
    expect(notices[0]!.title).toContain(`督办〔${year}〕${before + 1}号`);
  });

  it("numbers run per bureau and year: 2025 counts 1, 2, then 2026 starts again at 1; another bureau counts on its own", async () => {
    const staff = await tenantSessionOf("helan.staff");
    const at = (iso: string) => withTenant(staff, (tx) => issueSlip(tx, staff, { ...issueInput(helan), level: "blue", replyBy: iso } as never, day(iso)));
    expect((await at("2025-12-30")).numberText).toBe("督办〔2025〕1号");
    expect((await at("2025-12-31")).numberText).toBe("督办〔2025〕2号");
    expect((await at("2026-01-01")).numberText).toBe("督办〔2026〕1号");
    expect((await at("2026-01-02")).numberText).toBe("督办〔2026〕2号");
    const rows = await ownerDb().supervisionSlip.findMany({ where: { tenantId: helan.tenantId }, orderBy: [{ year: "asc" }, { number: "asc" }] });
    expect(rows.map((r) => `${r.year}-${r.number}`)).toEqual(["2025-1", "2025-2", "2026-1", "2026-2"]);
    const other = await tenantSessionOf("jinfeng.staff");
    const first = await withTenant(other, (tx) =>
      issueSlip(tx, other, { ...issueInput(jinfeng), level: "blue", replyBy: "2025-12-31" } as never, day("2025-12-31")),
    );
    expect(first.numberText).toBe("督办〔2025〕1号");
  });

  it("two staff issuing at the same moment get consecutive numbers, neither refused", async () => {
    const staff = await tenantSessionOf("helan.staff");
    const admin = await tenantSessionOf("helan.admin");
    const today = day("2030-06-01");
    const issue = (session: TenantSession) =>
      withTenant(session, (tx) => issueSlip(tx, session, { ...issueInput(helan), level: "yellow", replyBy: "2030-06-04" } as never, today));
    for (let round = 0; round < 3; round++) await Promise.all([issue(staff), issue(admin)]);
    const numbers = (await ownerDb().supervisionSlip.findMany({ where: { tenantId: helan.tenantId, year: 2030 } })).map((r) => r.number);
    expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("the form starts from the task: a red light suggests 红, the body names the unit, task, deadline and progress, reply-by in three days", async () => {
    await ownerDb().task.update({ where: { id: jinfeng.taskId }, data: { dueDate: day("2026-03-31"), progress: 40, status: "in_progress", ongoing: false } });
    const staff = await tenantSessionOf("jinfeng.staff");
    const draftOn = async (today: Date) => (await readTaskPage(staff, jinfeng.taskId, { historyPage: 1, today })).slipDraft!;
    const draft = await draftOn(day("2026-04-10"));
    expect(draft).toMatchObject({ level: "red", suggested: true, replyBy: "2026-04-13", minReplyBy: "2026-04-10" });
    const unit = draft.units.find((u) => u.id === jinfeng.unitId)!;
    for (const words of [jinfeng.unitName, jinfeng.taskTitle, "2026-03-31", "40%", "已超过完成时限"]) expect(unit.body).toContain(words);
    // Due within the bureau's seven days → 蓝; far off but behind the straight line → 黄.
    expect((await draftOn(day("2026-03-28"))).level).toBe("blue");
    await ownerDb().task.update({ where: { id: jinfeng.taskId }, data: { dueDate: day("2026-12-31"), progress: 5 } });
    const behind = await draftOn(day("2026-06-30"));
    expect(behind.level).toBe("yellow");
    expect(behind.units[0]!.body).toContain("进度滞后");
  });

  it("is refused for a unit the task does not name, a past reply-by date, another bureau's task or unit, an empty body, and for reporters; nothing is written", async () => {
    const count = () => ownerDb().supervisionSlip.count();
    const events = () => ownerDb().supervisionEvent.count();
    const [slipsBefore, eventsBefore] = [await count(), await events()];
    await signInAs("jinfeng.staff");
    expect(await issueSlipAction(null, issueInput(jinfeng, { orgUnitId: jinfeng.otherUnitId }))).toMatchObject({
      ok: false,
      message: "该单位不是此任务的责任单位",
      fieldErrors: { orgUnitId: ["请选择此任务的责任单位"] },
    });
    expect(await issueSlipAction(null, issueInput(jinfeng, { replyBy: isoDay(-1) }))).toMatchObject({
      ok: false,
      fieldErrors: { replyBy: ["回复期限不能早于今天"] },
    });
    expect(await issueSlipAction(null, issueInput(jinfeng, { replyBy: isoDay(0) }))).toMatchObject({ ok: true });
    expect(await issueSlipAction(null, issueInput(jinfeng, { taskId: helan.taskId }))).toMatchObject({ ok: false, message: "任务不存在或无权访问" });
    expect(await issueSlipAction(null, issueInput(jinfeng, { taskId: randomUUID() }))).toMatchObject({ ok: false, message: "任务不存在或无权访问" });
    expect(await issueSlipAction(null, issueInput(jinfeng, { orgUnitId: helan.unitId }))).toMatchObject({ ok: false, message: "该单位不是此任务的责任单位" });
    expect(await issueSlipAction(null, issueInput(jinfeng, { body: "   " }))).toMatchObject({ ok: false, fieldErrors: { body: ["请填写督办内容"] } });
    expect(await issueSlipAction(null, issueInput(jinfeng, { level: "green" }))).toMatchObject({ ok: false, fieldErrors: { level: ["请选择督办等级"] } });
    for (const username of ["jinfeng.reporter", "jinfeng.leader", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await issueSlipAction(null, issueInput(jinfeng))).toMatchObject({ ok: false });
    }
    // Only the one with reply-by today was written.
    expect([await count(), await events()]).toEqual([slipsBefore + 1, eventsBefore + 1]);
  });
});

describe("replying to a 督办单", () => {
  it("the unit's reporter replies once: the text is kept, an event written and the bureau's staff notified; a second reply is refused", async () => {
    const slip = await issueAs("jinfeng.staff", jinfeng);
    await signInAs("jinfeng.reporter");
    const result = await replySlipAction(null, { slipId: slip.id, reply: "  已召开专题会议，本月底前完成。 " });
    expect(result).toMatchObject({ ok: true, message: `已回复督办单 督办〔${slip.year}〕${slip.number}号` });
    const reporter = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.reporter" } });
    const after = await ownerDb().supervisionSlip.findUniqueOrThrow({ where: { id: slip.id } });
    expect(after).toMatchObject({ reply: "已召开专题会议，本月底前完成。", repliedById: reporter.id });
    expect(after.repliedAt).toBeInstanceOf(Date);

    const events = await ownerDb().supervisionEvent.findMany({ where: { slipId: slip.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.orgUnitId, e.actorUserId])).toEqual([
      ["slip_issued", jinfeng.unitId, slip.issuedById],
      ["slip_replied", jinfeng.unitId, reporter.id],
    ]);
    const staffIds = (await ownerDb().membership.findMany({ where: { tenantId: jinfeng.tenantId, role: { in: ["bureau_admin", "bureau_staff"] } } })).map(
      (m) => m.userId,
    );
    const notices = await ownerDb().inboxMessage.findMany({ where: { link: `/supervision/slips/${slip.id}`, userId: { in: staffIds } } });
    expect(notices.map((n) => n.userId).sort()).toEqual([...staffIds].sort());
    expect(notices.every((n) => n.kind === "slip" && n.title.includes("已回复督办单"))).toBe(true);

    expect(await replySlipAction(null, { slipId: slip.id, reply: "补充说明" })).toMatchObject({
      ok: false,
      message: `督办〔${slip.year}〕${slip.number}号 已回复，不能重复回复`,
    });
    expect((await ownerDb().supervisionSlip.findUniqueOrThrow({ where: { id: slip.id } })).reply).toBe("已召开专题会议，本月底前完成。");
    expect(await ownerDb().supervisionEvent.count({ where: { slipId: slip.id } })).toBe(2);
  });

  it("staff may reply on the unit's behalf; the other staff hear of it, the replier does not", async () => {
    const slip = await issueAs("jinfeng.admin", jinfeng);
    await signInAs("jinfeng.staff");
    expect(await replySlipAction(null, { slipId: slip.id, reply: "电话督促，单位口头答复。" })).toMatchObject({ ok: true });
    const staff = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.staff" } });
    const notified = await ownerDb().inboxMessage.findMany({ where: { link: `/supervision/slips/${slip.id}`, title: { contains: "已回复" } } });
    expect(notified.length).toBeGreaterThan(0);
    expect(notified.some((n) => n.userId === staff.id)).toBe(false);
  });

  it("a reporter of another unit, another bureau, an unknown id and an empty text are refused; nothing is written", async () => {
    const slip = await issueAs("jinfeng.staff", jinfeng);
    const untouched = async () => {
      const row = await ownerDb().supervisionSlip.findUniqueOrThrow({ where: { id: slip.id } });
      expect([row.reply, row.repliedAt, await ownerDb().supervisionEvent.count({ where: { slipId: slip.id } })]).toEqual([null, null, 1]);
    };
    await signInAs("jinfeng.other");
    expect(await replySlipAction(null, { slipId: slip.id, reply: "不是我们单位的" })).toMatchObject({ ok: false, message: "督办单不存在或无权访问" });
    await signInAs("helan.staff");
    expect(await replySlipAction(null, { slipId: slip.id, reply: "别的区" })).toMatchObject({ ok: false, message: "督办单不存在或无权访问" });
    expect(await replySlipAction(null, { slipId: randomUUID(), reply: "没有这张单" })).toMatchObject({ ok: false, message: "督办单不存在或无权访问" });
    await signInAs("jinfeng.reporter");
    expect(await replySlipAction(null, { slipId: slip.id, reply: "  " })).toMatchObject({ ok: false, fieldErrors: { reply: ["请填写回复内容"] } });
    await signInAs("jinfeng.leader");
    expect(await replySlipAction(null, { slipId: slip.id, reply: "领导不能回复" })).toMatchObject({ ok: false });
    await untouched();
  });
});

describe("the list of 督办单", () => {
  it("staff see every unit's, a reporter only its own unit's; filters by state, level and unit; unanswered past reply-by is marked overdue", async () => {
    const mine = await issueAs("jinfeng.staff", jinfeng, { level: "blue" });
    await ownerDb().taskUnit.create({ data: { tenantId: jinfeng.tenantId, taskId: jinfeng.taskId, orgUnitId: jinfeng.otherUnitId, role: "cooperate" } });
    const theirs = await issueAs("jinfeng.staff", jinfeng, { orgUnitId: jinfeng.otherUnitId, level: "yellow" });
    await ownerDb().supervisionSlip.update({ where: { id: theirs.id }, data: { replyBy: day("2020-01-01") } });

    const staff = await tenantSessionOf("jinfeng.staff");
    const list = (session: TenantSession, filter: Partial<Parameters<typeof listSlips>[2]> = {}) =>
      withTenant(session, (tx) => listSlips(tx, session, { state: "all", page: 1, ...filter }));
    const staffAll = await list(staff);
    expect(staffAll.items.map((s) => s.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(staffAll.items.find((s) => s.id === theirs.id)!.overdue).toBe(true);
    expect(staffAll.items.find((s) => s.id === mine.id)!.overdue).toBe(false);
    expect((await list(staff, { level: "yellow" })).items.map((s) => s.id)).toEqual([theirs.id]);
    expect((await list(staff, { orgUnitId: jinfeng.otherUnitId })).items.map((s) => s.id)).toEqual([theirs.id]);
    const replied = await list(staff, { state: "replied" });
    expect(replied.items.length).toBeGreaterThan(0);
    expect(replied.items.every((s) => s.repliedAt !== null)).toBe(true);
    expect((await list(staff, { state: "awaiting" })).items.every((s) => s.repliedAt === null)).toBe(true);

    const reporter = await tenantSessionOf("jinfeng.reporter");
    const reporterAll = await list(reporter);
    expect(reporterAll.items.map((s) => s.id)).toContain(mine.id);
    expect(reporterAll.items.every((s) => s.unitName === jinfeng.unitName)).toBe(true);
    expect((await list(reporter, { orgUnitId: jinfeng.otherUnitId })).total).toBe(0);
    const other = await tenantSessionOf("jinfeng.other");
    expect((await list(other)).items.map((s) => s.id)).toEqual([theirs.id]);

    // The export is the list's own query: staff get every unit's, the other unit's reporter its one.
    const exported = async (username: string, query: string) => {
      await signInAs(username);
      const response = await exportSlips(new Request(`http://localhost/api/v1/slips.xlsx${query}`), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const rows: string[][] = [];
      workbook.getWorksheet("督办单")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
      return rows.slice(1);
    };
    const staffRows = await exported("jinfeng.staff", "?state=all");
    expect(staffRows.map((r) => r[0])).toEqual(staffAll.items.map((s) => s.numberText));
    expect(staffRows.find((r) => r[0] === staffAll.items.find((s) => s.id === theirs.id)!.numberText)!.slice(1, 3)).toEqual([
      "黄色督办（进度滞后）",
      "督办测试其他单位jinfeng",
    ]);
    expect(staffRows.find((r) => r[0] === staffAll.items.find((s) => s.id === theirs.id)!.numberText)![6]).toBe("逾期未回复");
    expect((await exported("jinfeng.other", "?state=all")).map((r) => r[0])).toEqual([staffAll.items.find((s) => s.id === theirs.id)!.numberText]);
  });

  it("the task page lists that task's 督办单 only, each with its number, level, unit and state; a reporter sees only its unit's", async () => {
    const db = ownerDb();
    const second = await db.task.findFirstOrThrow({ where: { tenantId: jinfeng.tenantId, id: { not: jinfeng.taskId } }, orderBy: { position: "asc" } });
    await db.taskUnit.upsert({
      where: { tenantId_taskId_orgUnitId_role: { tenantId: jinfeng.tenantId, taskId: second.id, orgUnitId: jinfeng.unitId, role: "lead" } },
      create: { tenantId: jinfeng.tenantId, taskId: second.id, orgUnitId: jinfeng.unitId, role: "lead" },
      update: {},
    });
    const elsewhere = await issueAs("jinfeng.staff", { ...jinfeng, taskId: second.id });
    const mine = await issueAs("jinfeng.staff", jinfeng, { level: "blue" });
    await db.taskUnit.upsert({
      where: { tenantId_taskId_orgUnitId_role: { tenantId: jinfeng.tenantId, taskId: jinfeng.taskId, orgUnitId: jinfeng.otherUnitId, role: "cooperate" } },
      create: { tenantId: jinfeng.tenantId, taskId: jinfeng.taskId, orgUnitId: jinfeng.otherUnitId, role: "cooperate" },
      update: {},
    });
    const theirs = await issueAs("jinfeng.staff", jinfeng, { orgUnitId: jinfeng.otherUnitId });
    const number = (s: { year: number; number: number }) => slipNumberText(s.year, s.number);
    const panel = async (username: string) => {
      const { slips } = await readTaskPage(await tenantSessionOf(username), jinfeng.taskId, { historyPage: 1 });
      const element = TaskSlipsPanel({ slips });
      return element ? renderToStaticMarkup(element) : "";
    };

    const staffPanel = await panel("jinfeng.staff");
    expect(staffPanel).toContain(number(mine));
    expect(staffPanel).toContain(number(theirs));
    expect(staffPanel).not.toContain(number(elsewhere));
    expect(staffPanel).toContain(`href="/supervision/slips/${mine.id}"`);
    expect(staffPanel).toContain("蓝色督办");
    expect(staffPanel).toContain("待回复");

    const reporterPanel = await panel("jinfeng.reporter");
    expect(reporterPanel).toContain(number(mine));
    expect(reporterPanel).not.toContain(number(theirs));
    expect(reporterPanel).not.toContain(number(elsewhere));
  });
});

describe("downloads", () => {
  it("the .docx reads back with the number, unit, task and body; a reporter of another unit, another bureau and a malformed id get 404", async () => {
    const slip = await issueAs("jinfeng.staff", jinfeng, { body: "请说明滞后原因。\n并提出整改措施。" });
    const numberText = `督办〔${slip.year}〕${slip.number}号`;
    await signInAs("jinfeng.reporter");
    const response = await fileCall(`${slip.id}.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toContain(encodeURIComponent(`督办单${numberText}`));
    const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file("word/document.xml")!.async("string");
    for (const text of [
      "督办单",
      numberText,
      jinfeng.unitName,
      jinfeng.taskTitle,
      "请说明滞后原因。",
      "并提出整改措施。",
      "红色督办（已逾期）",
      "金凤区教育局",
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="黑体"');

    await signInAs("jinfeng.other");
    expect((await fileCall(`${slip.id}.docx`)).status).toBe(404);
    await signInAs("helan.staff");
    expect((await fileCall(`${slip.id}.docx`)).status).toBe(404);
    expect((await fileCall(`${slip.id}.pdf`)).status).toBe(404);
    expect((await fileCall("not-a-uuid.docx")).status).toBe(404);
    expect((await fileCall(`${slip.id}.xlsx`)).status).toBe(404);
    signOut();
    expect((await fileCall(`${slip.id}.docx`)).status).toBe(401);
  });

  it("the PDF is the slip's page printed as the caller (with the caller's cookies); a foreign caller gets 404 and nothing is rendered", async () => {
    const slip = await issueAs("jinfeng.staff", jinfeng);
    renderPdf.mockClear();
    await signInAs("jinfeng.other");
    expect((await fileCall(`${slip.id}.pdf`, "eduplan-session=x")).status).toBe(404);
    expect(renderPdf).not.toHaveBeenCalled();

    await signInAs("jinfeng.reporter");
    const response = await fileCall(`${slip.id}.pdf`, "eduplan-session=abc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("%PDF");
    expect(renderPdf).toHaveBeenCalledWith(
      expect.objectContaining({ path: `/supervision/slips/${slip.id}`, cookieHeader: "eduplan-session=abc", origin: "http://localhost" }),
    );
  });
});
