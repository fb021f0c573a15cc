// The plan's bulletin (通报) against real PostgreSQL, read back from the .docx
// its route writes. A small world built here, every number counted by hand.
// "Today" is 2026-04-20 (China); the 2026年第1季度 period is due 2026-04-05.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getBulletinDocx } from "@/app/api/v1/plans/[id]/bulletin.docx/route";
import { GET as getBulletinPdf } from "@/app/api/v1/plans/[id]/bulletin.pdf/route";
import { getPlanBulletin } from "@/lib/bulletin/get-plan-bulletin";
import { readTenant } from "@/lib/db/tenant-scope";
import type { ReportStatus, SlotStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { readDocx } from "@/tests/support/docx-read";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

// Chromium is the briefing's renderer (render-pdf.ts, exercised by the briefing's browser test);
// here it is stubbed to see which page the route asks it to print, with whose cookies.
const rendered = vi.hoisted(() => [] as { path: string; cookieHeader: string | null }[]);
vi.mock("@/lib/briefing/render-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/briefing/render-pdf")>()),
  chromiumExecutable: () => "/stub/chromium",
  renderPdf: async (options: { path: string; cookieHeader: string | null }) => {
    rendered.push({ path: options.path, cookieHeader: options.cookieHeader });
    return Buffer.from("%PDF-1.7\n%%EOF\n");
  },
}));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-04-20");
/** Noon in Beijing on 2026-04-20. */
const NOW = new Date("2026-04-20T04:00:00Z");

const W = { tenantId: "", planId: "", emptyPlanId: "", q4: "", q1: "", q2: "", foreignPlan: "", units: {} as Record<string, string> };

type SlotSpec = [task: string, status: SlotStatus, submittedAt?: string, reportStatus?: ReportStatus];

/**
 * Units and their slots of 2026年第1季度 (due 2026-04-05):
 *   一号科室 2 slots, both on time (one at 23:59 Beijing on the due date)  2/2  tasks T1 ✓ T2 销号   → 1
 *   二号科室 2 slots, 1 on time, 1 at 00:00 Beijing the day after (late)   1/2  tasks T2 销号 T3    → 2 (tied)
 *   五号科室 4 slots, 2 on time, 2 late                                    2/4  tasks T4 ✓ T5 T6 ✓ T7 → 2 (tied)
 *   三号科室 2 slots, 1 on time, 1 open (overdue)                          1/2  tasks T8 ✓ T9, 1 overdue → 4
 *   四号科室 1 slot, returned (submitted on time, then 退回: not submitted) 0/1  T10, 1 overdue       → 5
 *   六号科室 no slot this period                                           —    T11                 → 6
 *   各学校 (a group unit, lead of T6) and 七号科室 (only cooperating on T1) are not ranked.
 * Leaders: 王领导 T1 (done) T5 (red); 李领导 T2 (销号) T3 (yellow only with the bureau's 10 days).
 * Lights (due_soon_days 10): red T5; yellow T3 (due in 8 days), T11 (behind the line); green T9;
 *   none T7 T10; done T1 T2 T4 T6 T8.
 */
async function buildWorld() {
  const db = ownerDb();
  const tenant = await db.tenant.create({ data: { code: `bul${randomUUID().slice(0, 6)}`, name: "金川区教育局", kind: "bureau" } });
  const tenantId = (W.tenantId = tenant.id);
  await db.supervisionSettings.create({ data: { tenantId, dueSoonDays: 10 } });
  for (const [username, role] of [
    ["bul.staff", "bureau_staff"],
    ["bul.reporter", "unit_reporter"],
  ] as const) {
    const user = await db.user.create({ data: { username, displayName: username, passwordHash: "unused" } });
    const unitId = role === "unit_reporter" ? (await db.orgUnit.create({ data: { tenantId, name: "填报员单位", kind: "department" } })).id : null;
    await db.membership.create({ data: { tenantId, userId: user.id, role, orgUnitId: unitId } });
  }
  const unit = async (name: string, kind: "department" | "group" = "department") =>
    (W.units[name] = (await db.orgUnit.create({ data: { tenantId, name, kind } })).id);
  for (const name of ["一号科室", "二号科室", "三号科室", "四号科室", "五号科室", "六号科室", "七号科室"]) await unit(name);
  await unit("各学校", "group");
  const wang = (await db.person.create({ data: { tenantId, name: "王领导" } })).id;
  const li = (await db.person.create({ data: { tenantId, name: "李领导" } })).id;

  const plan = await db.plan.create({ data: { tenantId, title: "金川区2026年教育工作要点", startYear: 2026, endYear: 2026 } });
  W.planId = plan.id;
  W.emptyPlanId = (await db.plan.create({ data: { tenantId, title: "未开填报的规划", startYear: 2026, endYear: 2026 } })).id;
  const section = await db.section.create({ data: { tenantId, planId: plan.id, title: "一、总则", position: 1 } });
  const period = async (label: string, startsOn: string, endsOn: string, dueOn: string) =>
    (await db.reportingPeriod.create({ data: { tenantId, planId: plan.id, label, startsOn: day(startsOn), endsOn: day(endsOn), dueOn: day(dueOn) } })).id;
  W.q4 = await period("2025年第4季度", "2025-10-01", "2025-12-31", "2026-01-05");
  W.q1 = await period("2026年第1季度", "2026-01-01", "2026-03-31", "2026-04-05");
  W.q2 = await period("2026年第2季度", "2026-04-01", "2026-06-30", "2026-07-05");
  await period("2026年第3季度", "2026-07-01", "2026-09-30", "2026-10-05"); // not opened on 2026-04-20

  const tasks: Record<string, string> = {};
  const task = async (
    key: string,
    spec: {
      status: TaskStatus;
      progress?: number;
      due?: string;
      ongoing?: boolean;
      closed?: boolean;
      leaders?: string[];
      units?: [string, "lead" | "responsible" | "cooperate"][];
    },
  ) => {
    const n = Object.keys(tasks).length + 1;
    const t = await db.task.create({
      data: {
        tenantId,
        planId: plan.id,
        sectionId: section.id,
        number: n,
        position: n,
        title: `通报任务${key}`,
        status: spec.status,
        progress: spec.progress ?? 0,
        dueDate: spec.due ? day(spec.due) : null,
        ongoing: spec.ongoing ?? false,
        closedAt: spec.closed ? new Date("2026-03-20T02:00:00Z") : null,
      },
    });
    tasks[key] = t.id;
    for (const personId of spec.leaders ?? []) await db.taskLeader.create({ data: { tenantId, taskId: t.id, personId } });
    for (const [name, role] of spec.units ?? []) await db.taskUnit.create({ data: { tenantId, taskId: t.id, orgUnitId: W.units[name]!, role } });
  };
  await task("T1", {
    status: "completed",
    leaders: [wang],
    units: [
      ["一号科室", "lead"],
      ["七号科室", "cooperate"],
    ],
  });
  await task("T2", { status: "in_progress", closed: true, leaders: [li], units: [["二号科室", "lead"]] });
  await task("T3", { status: "in_progress", progress: 95, due: "2026-04-28", leaders: [li], units: [["二号科室", "responsible"]] });
  await task("T4", { status: "completed", units: [["五号科室", "lead"]] });
  await task("T5", { status: "delayed", progress: 10, due: "2026-03-31", leaders: [wang], units: [["五号科室", "lead"]] });
  await task("T6", { status: "completed", units: [["各学校", "lead"]] });
  await task("T7", { status: "not_started" });
  await task("T8", { status: "completed", units: [["三号科室", "lead"]] });
  await task("T9", { status: "in_progress", progress: 90, due: "2026-12-31", units: [["三号科室", "lead"]] });
  await task("T10", { status: "not_started", ongoing: true, units: [["四号科室", "lead"]] });
  await task("T11", { status: "not_started", progress: 0, due: "2026-12-31", units: [["六号科室", "lead"]] });

  const slots = async (periodId: string, unitName: string, specs: SlotSpec[]) => {
    for (const [key, status, submittedAt, reportStatus] of specs) {
      const slot = await db.reportSlot.create({
        data: { tenantId, periodId, taskId: tasks[key]!, orgUnitId: W.units[unitName]!, unitRole: "lead", dueOn: day("2026-04-05"), status },
      });
      if (submittedAt) {
        await db.report.create({
          data: { tenantId, slotId: slot.id, status: reportStatus ?? (status as ReportStatus), summary: "本期进展", submittedAt: new Date(submittedAt) },
        });
      }
    }
  };
  await slots(W.q1, "一号科室", [
    ["T1", "approved", "2026-04-01T02:00:00Z"],
    ["T2", "submitted", "2026-04-05T15:59:59Z"], // 23:59:59 in Beijing on the due date: on time
  ]);
  await slots(W.q1, "二号科室", [
    ["T2", "submitted", "2026-04-05T16:00:00Z"], // 00:00 in Beijing the next day: late
    ["T3", "approved", "2026-04-03T02:00:00Z"],
  ]);
  // 五号科室 reports on T6 and T7 too (reached through 各学校, say): it carries them.
  await slots(W.q1, "五号科室", [
    ["T4", "approved", "2026-04-02T02:00:00Z"],
    ["T5", "submitted", "2026-04-04T02:00:00Z"],
    ["T6", "submitted", "2026-04-08T02:00:00Z"],
    ["T7", "approved", "2026-04-10T02:00:00Z"],
  ]);
  await slots(W.q1, "三号科室", [
    ["T8", "submitted", "2026-04-01T02:00:00Z"],
    ["T9", "open"],
  ]);
  await slots(W.q1, "四号科室", [["T10", "returned", "2026-04-01T02:00:00Z", "returned"]]);
  // Another period's slot counts in neither its on-time nor its overdue figures.
  await slots(W.q4, "一号科室", [["T1", "open"]]);

  const huiji = await tenantIdOf("huiji");
  W.foreignPlan = (await db.plan.findFirstOrThrow({ where: { tenantId: huiji } })).id;
}

beforeAll(buildWorld);
afterEach(() => {
  vi.useRealTimers();
});

async function bulletinOf(username: string, periodId?: string) {
  const session = await tenantSessionOf(username);
  return readTenant(session, (tx) =>
    getPlanBulletin(tx, { tenantId: W.tenantId, issuer: session.tenant.tenantName, planId: W.planId, periodId, today: TODAY }),
  );
}

/** Calls the .docx route as `username` on 2026-04-20 (signed in first: the session is made with the real clock). */
async function downloadDocx(username: string, planId: string, query = "") {
  await signInAs(username);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  const response = await getBulletinDocx(new Request(`http://localhost/api/v1/plans/${planId}/bulletin.docx${query}`), {
    params: Promise.resolve({ id: planId }),
  });
  vi.useRealTimers();
  return response;
}

describe("a plan's bulletin, read back from the .docx", () => {
  it("ranks units by on-time rate, completion and overdue count, ties sharing a rank (1, 2, 2, 4, 5, 6)", async () => {
    const response = await downloadDocx("bul.staff", W.planId, `?period=${W.q1}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const doc = await readDocx(new Uint8Array(await response.arrayBuffer()));
    const [units] = doc.tables;
    expect(units![0]).toEqual(["排名", "单位", "应报", "按时报送", "按时报送率", "承担任务", "完成率", "逾期数"]);
    expect(units!.slice(1)).toEqual([
      ["1", "一号科室", "2", "2", "100%", "2", "100%", "0"],
      ["2", "二号科室", "2", "1", "50%", "2", "50%", "0"],
      ["2", "五号科室", "4", "2", "50%", "4", "50%", "0"],
      ["4", "三号科室", "2", "1", "50%", "2", "50%", "1"],
      ["5", "四号科室", "1", "0", "0%", "1", "0%", "1"],
      ["6", "六号科室", "0", "0", "—", "1", "0%", "0"],
    ]);
  });

  it("carries the title, the 文号, the summary and the leaders' table in official fonts", async () => {
    const doc = await readDocx(new Uint8Array(await (await downloadDocx("bul.staff", W.planId, `?period=${W.q1}`)).arrayBuffer()));
    // 文号: the bureau's first character, 教督通, the year the period ends, its place among that year's periods.
    expect(doc.paragraphs[0]).toBe("金教督通〔2026〕1号");
    expect(doc.paragraphs).toContain("关于2026年第1季度《金川区2026年教育工作要点》推进情况的通报");
    const body = doc.paragraphs.join("\n");
    expect(body).toContain("应报送11份，按时报送6份，按时报送率54.5%；截至2026年4月20日，逾期未报2份。");
    expect(body).toContain("规划共有任务11项，已完成（含销号）5项。亮灯情况：红灯1项、黄灯2项、绿灯1项、持续/无时限2项、已完成5项。");
    expect(body).toContain("存在逾期未报的单位：三号科室（1份）、四号科室（1份）。");
    expect(doc.paragraphs.at(-2)).toBe("金川区教育局");
    expect(doc.paragraphs.at(-1)).toBe("2026年4月20日");
    const leaders = doc.tables[1]!;
    expect(leaders[0]).toEqual(["责任领导", "任务数", "未启动", "推进中", "已完成", "滞后", "暂缓", "红灯", "黄灯"]);
    // Red first: 王领导 has T5 overdue; 李领导's T3 is yellow (due in 8 days, within the bureau's 10).
    expect(leaders.slice(1)).toEqual([
      ["王领导", "2", "0", "0", "1", "1", "0", "1", "0"],
      ["李领导", "2", "0", "2", "0", "0", "0", "0", "1"],
    ]);
    expect([...doc.fonts]).toEqual(expect.arrayContaining(["仿宋_GB2312", "黑体", "方正小标宋简体"]));
    // A4 with the official margins (37 mm top, 28 mm left, in twips).
    expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.xml).toMatch(/w:top="2098"/);
    expect(doc.xml).toMatch(/w:left="1587"/);
  });

  it("without a period, reports on the latest period that has opened (2026年第2季度, the year's second: 2号)", async () => {
    const doc = await readDocx(new Uint8Array(await (await downloadDocx("bul.staff", W.planId)).arrayBuffer()));
    expect(doc.paragraphs[0]).toBe("金教督通〔2026〕2号");
    expect(doc.paragraphs).toContain("关于2026年第2季度《金川区2026年教育工作要点》推进情况的通报");
    const b = await bulletinOf("bul.staff");
    expect(b.period.id).toBe(W.q2);
    expect(b.opened.map((p) => p.id)).toEqual([W.q2, W.q1, W.q4]);
  });

  it("a report submitted on the due date (Beijing) is on time, one a second after midnight is not", async () => {
    const b = await bulletinOf("bul.staff", W.q1);
    const byName = Object.fromEntries(b.units.map((u) => [u.name, u]));
    expect(byName["一号科室"]).toMatchObject({ slots: 2, onTime: 2 });
    expect(byName["二号科室"]).toMatchObject({ slots: 2, onTime: 1 });
    // Move 二号科室's late report back by one second: it becomes on time and 二号科室 ties for first.
    const db = ownerDb();
    const late = await db.report.findFirstOrThrow({ where: { tenantId: W.tenantId, submittedAt: new Date("2026-04-05T16:00:00Z") } });
    await db.report.update({ where: { id: late.id }, data: { submittedAt: new Date("2026-04-05T15:59:59Z") } });
    try {
      const moved = await bulletinOf("bul.staff", W.q1);
      expect(moved.units.find((u) => u.name === "二号科室")).toMatchObject({ onTime: 2, rank: 2 });
      expect(moved.units.map((u) => [u.rank, u.name]).slice(0, 2)).toEqual([
        [1, "一号科室"],
        [2, "二号科室"],
      ]);
    } finally {
      await db.report.update({ where: { id: late.id }, data: { submittedAt: late.submittedAt } });
    }
  });

  it("a unit reporter may download it too (plans:read); signed out is 401", async () => {
    expect((await downloadDocx("bul.reporter", W.planId, `?period=${W.q1}`)).status).toBe(200);
    signOut();
    const response = await getBulletinDocx(new Request(`http://localhost/api/v1/plans/${W.planId}/bulletin.docx`), {
      params: Promise.resolve({ id: W.planId }),
    });
    expect(response.status).toBe(401);
  });

  it("another tenant's plan is 404, as is another plan's period; a plan with no opened period says so (409)", async () => {
    const foreign = await downloadDocx("bul.staff", W.foreignPlan);
    expect(foreign.status).toBe(404);
    const missing = await downloadDocx("bul.staff", randomUUID());
    expect(await foreign.json()).toEqual(await missing.json());
    expect((await downloadDocx("bul.staff", W.emptyPlanId, `?period=${W.q1}`)).status).toBe(404);
    const empty = await downloadDocx("bul.staff", W.emptyPlanId);
    expect(empty.status).toBe(409);
    expect(((await empty.json()) as { error: string }).error).toContain("还没有已开始的填报期");
  });
});

describe("the bulletin as PDF", () => {
  const pdf = async (username: string, planId: string, query = "") => {
    await signInAs(username);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    const request = new Request(`http://localhost/api/v1/plans/${planId}/bulletin.pdf${query}`, { headers: { cookie: "eduplan.session=abc" } });
    const response = await getBulletinPdf(request, { params: Promise.resolve({ id: planId }) });
    vi.useRealTimers();
    return response;
  };

  it("prints the bulletin page of the latest opened period with the caller's cookies, as application/pdf", async () => {
    rendered.length = 0;
    const response = await pdf("bul.staff", W.planId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain("bulletin.pdf");
    expect(rendered).toEqual([{ path: `/plans/${W.planId}/bulletin?period=${W.q2}`, cookieHeader: "eduplan.session=abc" }]);
    await pdf("bul.staff", W.planId, `?period=${W.q1}`);
    expect(rendered[1]!.path).toBe(`/plans/${W.planId}/bulletin?period=${W.q1}`);
  });

  it("refuses before rendering: another tenant's plan 404, no opened period 409, signed out 401", async () => {
    rendered.length = 0;
    expect((await pdf("bul.staff", W.foreignPlan)).status).toBe(404);
    expect((await pdf("bul.staff", W.emptyPlanId)).status).toBe(409);
    signOut();
    const response = await getBulletinPdf(new Request(`http://localhost/api/v1/plans/${W.planId}/bulletin.pdf`), { params: Promise.resolve({ id: W.planId }) });
    expect(response.status).toBe(401);
    expect(rendered).toEqual([]);
  });
});
