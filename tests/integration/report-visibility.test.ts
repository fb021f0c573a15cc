// What a unit reporter sees of other units' reports (lib/reports/reporter-scope.ts),
// on every read path: the ledger files (read back with exceljs), the JSON API,
// and the page data functions. Reporter X (教研室) must never read unit Y's
// draft, submitted or returned report text, review comments or evidence; Y's
// approved report is shared (text and figures only). Staff see everything.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as attachmentRoute } from "@/app/api/v1/attachments/[id]/route";
import { GET as indicatorsRoute } from "@/app/api/v1/indicators/route";
import { GET as planLedger } from "@/app/api/v1/plans/[id]/ledger.xlsx/route";
import { GET as planRoute } from "@/app/api/v1/plans/[id]/route";
import { GET as taskRoute } from "@/app/api/v1/tasks/[id]/route";
import { GET as unitLedger } from "@/app/api/v1/units/[id]/ledger.xlsx/route";
import { readTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { reviewReportAction, saveReportDraftAction, submitReportAction, uploadAttachmentAction } from "@/lib/reports/actions";
import { getSlotDetail } from "@/lib/reports/queries/get-slot";
import { listSlots } from "@/lib/reports/queries/list-slots";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { listTaskSlots } from "@/lib/reports/queries/task-slots";
import { ownerDb, signInAs } from "@/tests/support/db";
import { openPeriodFor, tenantSessionOf } from "@/tests/support/reporting";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

// Every secret is a distinct string, so "appears anywhere in the response" is the test.
const TEXT = {
  ownSubmitted: "本单位待审核的进展说明",
  foreignSubmitted: "乙单位待审核的进展说明",
  foreignReturned: "乙单位被退回的进展说明",
  returnComment: "乙单位退回意见：数据口径不对",
  foreignDraft: "乙单位尚未提交的草稿",
  foreignApproved: "乙单位已通过的进展说明",
  approveComment: "乙单位通过意见：仅供教育局内部参考",
};
const SECRET_FROM_REPORTER = [TEXT.foreignSubmitted, TEXT.foreignReturned, TEXT.returnComment, TEXT.foreignDraft, TEXT.approveComment];

type Slot = { id: string; taskId: string; orgUnitId: string };
let planId: string;
let ownUnitId: string;
let foreignUnitId: string;
const slots = {} as Record<"own" | "submitted" | "returned" | "draft" | "approved", Slot>;
let evidenceId: string;

const fields = (slotId: string, summary: string, extra: Record<string, unknown> = {}) => ({
  slotId,
  summary,
  progress: 50,
  problems: "",
  nextSteps: "",
  version: 0,
  submitKey: randomUUID(),
  ...extra,
});

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; message: string }>): Promise<T> {
  const r = await result;
  expect(r).toMatchObject({ ok: true });
  if (!r.ok) throw new Error(r.message);
  return r.data;
}

async function reportOf(slotId: string) {
  return ownerDb().report.findFirstOrThrow({ where: { slotId } });
}

beforeAll(async () => {
  const { plan, periodId, tenantId } = await openPeriodFor("jinfeng", /教育工作要点/);
  planId = plan.id;
  ownUnitId = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
  const periodSlots = await ownerDb().reportSlot.findMany({ where: { tenantId, periodId }, orderBy: { createdAt: "asc" } });
  const ownTaskIds = new Set(periodSlots.filter((s) => s.orgUnitId === ownUnitId).map((s) => s.taskId));
  slots.own = periodSlots.find((s) => s.orgUnitId === ownUnitId)!;
  // One foreign unit, four of its slots on four tasks the reporter's unit has no slot on.
  const foreign = periodSlots.filter((s) => s.orgUnitId !== ownUnitId && !ownTaskIds.has(s.taskId));
  foreignUnitId = [...new Set(foreign.map((s) => s.orgUnitId))].find((u) => new Set(foreign.filter((s) => s.orgUnitId === u).map((s) => s.taskId)).size >= 4)!;
  const pick: Slot[] = [];
  for (const s of foreign.filter((s) => s.orgUnitId === foreignUnitId)) if (!pick.some((p) => p.taskId === s.taskId)) pick.push(s);
  [slots.submitted, slots.returned, slots.draft, slots.approved] = pick as [Slot, Slot, Slot, Slot];

  await signInAs("jinfeng.reporter");
  await ok(submitReportAction(fields(slots.own.id, TEXT.ownSubmitted)));

  // Bureau staff fill in the other unit's reports; an admin reviews them.
  await signInAs("jinfeng.staff");
  await ok(submitReportAction(fields(slots.submitted.id, TEXT.foreignSubmitted)));
  await ok(submitReportAction(fields(slots.returned.id, TEXT.foreignReturned)));
  await ok(saveReportDraftAction(fields(slots.draft.id, TEXT.foreignDraft)));
  await ok(saveReportDraftAction(fields(slots.approved.id, TEXT.foreignApproved)));
  const form = new FormData();
  form.set("slotId", slots.approved.id);
  form.set("file", new File([new TextEncoder().encode("%PDF-1.7\n会议纪要")], "纪要.pdf", { type: "application/pdf" }));
  evidenceId = (await ok(uploadAttachmentAction(form))).id;
  await ok(submitReportAction(fields(slots.approved.id, TEXT.foreignApproved, { version: 1 })));

  await signInAs("jinfeng.admin");
  const returned = await reportOf(slots.returned.id);
  await ok(reviewReportAction(null, { reportId: returned.id, decision: "return", comment: TEXT.returnComment, version: returned.version }));
  const approved = await reportOf(slots.approved.id);
  await ok(reviewReportAction(null, { reportId: approved.id, decision: "approve", comment: TEXT.approveComment, version: approved.version }));
});

async function call(handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string, params = {}) {
  return handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
}

/** Every string in every cell of every sheet. */
async function workbookText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  const out: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void out.push(String(cell.text)))));
  return out.join("\n");
}

const expectNone = (text: string, secrets: string[]) => {
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
};

describe("a unit reporter reading other units' reports", () => {
  it("sees in the plan and unit ledgers only the other unit's approved report, and all of their own", async () => {
    await signInAs("jinfeng.reporter");
    for (const text of [
      await workbookText(await call(planLedger, `/api/v1/plans/${planId}/ledger.xlsx`, { id: planId })),
      await workbookText(await call(unitLedger, `/api/v1/units/${foreignUnitId}/ledger.xlsx`, { id: foreignUnitId })),
    ]) {
      expectNone(text, SECRET_FROM_REPORTER);
      expect(text).toContain(TEXT.foreignApproved);
    }
    const own = await workbookText(await call(planLedger, `/api/v1/plans/${planId}/ledger.xlsx`, { id: planId }));
    expect(own).toContain(TEXT.ownSubmitted);
  });

  it("finds no report text, comment or evidence through the JSON API", async () => {
    await signInAs("jinfeng.reporter");
    const bodies = [
      await call(planRoute, `/api/v1/plans/${planId}`, { id: planId }),
      ...(await Promise.all(
        [slots.submitted, slots.returned, slots.draft, slots.approved].map((s) => call(taskRoute, `/api/v1/tasks/${s.taskId}`, { id: s.taskId })),
      )),
      await call(indicatorsRoute, `/api/v1/indicators?planId=${planId}&pageSize=200`),
    ];
    for (const response of bodies) {
      expect(response.status).toBe(200);
      expectNone(await response.text(), SECRET_FROM_REPORTER);
    }
    // Another unit's evidence is not downloadable, even on its approved report.
    expect((await call(attachmentRoute, `/api/v1/attachments/${evidenceId}`, { id: evidenceId })).status).toBe(404);
  });

  it("cannot open the other unit's draft, submitted or returned report page, and reads its approved one without comments, evidence or returns", async () => {
    const reporter = await tenantSessionOf("jinfeng.reporter");
    for (const slot of [slots.submitted, slots.returned, slots.draft]) {
      await expect(readTenant(reporter, (tx) => getSlotDetail(tx, reporter, slot.id))).rejects.toBeInstanceOf(NotFoundError);
    }
    const { slot } = await readTenant(reporter, (tx) => getSlotDetail(tx, reporter, slots.approved.id));
    expect(slot.report).toMatchObject({ summary: TEXT.foreignApproved, status: "approved", reviewComment: null, attachments: [] });
    expect(slot.report!.events.map((e) => [e.action, e.comment])).toEqual([["approve", null]]);
    // Their own unit's report, in full.
    const own = await readTenant(reporter, (tx) => getSlotDetail(tx, reporter, slots.own.id));
    expect(own.slot.report).toMatchObject({ summary: TEXT.ownSubmitted, status: "submitted" });
    // The 填报 list is their unit's work list: no other unit's slot, whatever its state.
    const list = await readTenant(reporter, (tx) => listSlots(tx, reporter, { page: 1 }));
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((s) => s.orgUnit.id === ownUnitId)).toBe(true);
  });

  it("sees on the task page the other unit's approval only, never its returns, comments or pending slots", async () => {
    const reporter = await tenantSessionOf("jinfeng.reporter");
    const view = (taskId: string) =>
      readTenant(reporter, async (tx) => ({
        history: (await getTaskHistory(tx, reporter, taskId)).items,
        slots: (await listTaskSlots(tx, reporter, taskId, { page: 1, pageSize: 60 })).items,
      }));
    const returned = await view(slots.returned.taskId);
    expect(returned.history.filter((h) => h.kind === "report")).toEqual([]);
    expect(returned.slots.map((s) => s.id)).not.toContain(slots.returned.id);
    expect((await view(slots.submitted.taskId)).slots.map((s) => s.id)).not.toContain(slots.submitted.id);

    const approved = await view(slots.approved.taskId);
    expect(approved.slots.map((s) => s.id)).toContain(slots.approved.id);
    const events = approved.history.flatMap((h) => (h.kind === "report" ? [h.event] : []));
    expect(events.map((e) => [e.action, e.comment])).toEqual([["approve", null]]);
    expectNone(JSON.stringify(returned.history) + JSON.stringify(approved.history), SECRET_FROM_REPORTER);
  });
});

describe("bureau staff", () => {
  it("still see every unit's reports, comments and evidence", async () => {
    await signInAs("jinfeng.staff");
    const ledger = await workbookText(await call(planLedger, `/api/v1/plans/${planId}/ledger.xlsx`, { id: planId }));
    for (const text of [TEXT.ownSubmitted, TEXT.foreignSubmitted, TEXT.foreignReturned, TEXT.foreignApproved]) expect(ledger).toContain(text);

    const staff = await tenantSessionOf("jinfeng.staff");
    const returned = await readTenant(staff, (tx) => getSlotDetail(tx, staff, slots.returned.id));
    expect(returned.slot.report).toMatchObject({ summary: TEXT.foreignReturned, reviewComment: TEXT.returnComment });
    const approved = await readTenant(staff, (tx) => getSlotDetail(tx, staff, slots.approved.id));
    expect(approved.slot.report!.attachments).toHaveLength(1);
    expect(approved.slot.report!.events.map((e) => e.action)).toEqual(["create", "submit", "approve"]);
    const history = (await readTenant(staff, (tx) => getTaskHistory(tx, staff, slots.returned.taskId))).items;
    expect(history.some((h) => h.kind === "report" && h.event.comment === TEXT.returnComment)).toBe(true);
    expect((await call(attachmentRoute, `/api/v1/attachments/${evidenceId}`, { id: evidenceId })).status).toBe(200);
  });
});
