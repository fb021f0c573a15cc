// Progress reporting end to end through the server actions, as a hostile or
// hurried client would call them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { reviewReportAction, saveReportDraftAction, submitReportAction, uploadAttachmentAction } from "@/lib/reports/actions";
import { readTenant } from "@/lib/db/tenant-scope";
import { isOwnSubmission, OWN_SUBMISSION_MESSAGE } from "@/lib/reports/own-submission";
import { listReviewQueue } from "@/lib/reports/queries/review-queue";
import { ownerDb, signInAs, storedFile, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots, tenantSessionOf } from "@/tests/support/reporting";

process.env.EDUPLAN_UPLOAD_DIR ??= `/tmp/eduplan-it-uploads-${randomUUID()}`;

let slotIds: string[] = [];
let foreignSlotId: string;

beforeAll(async () => {
  const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
  slotIds = (await reporterSlots("jinfeng")).filter((s) => s.periodId === periodId).map((s) => s.id);
  expect(slotIds.length).toBeGreaterThanOrEqual(4);
  await openPeriodFor("helan", /质量提升/);
  const own = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
  foreignSlotId = (await ownerDb().reportSlot.findFirstOrThrow({ where: { tenantId: own.tenantId, NOT: { orgUnitId: own.orgUnitId! } } })).id;
});

const fields = (slotId: string, extra: Record<string, unknown> = {}) => ({
  slotId,
  summary: "已完成年度工作部署，召开专题会议 2 次。",
  progress: 40,
  problems: "",
  nextSteps: "下季度开展督导",
  version: 0,
  ...extra,
});

async function reportOf(slotId: string) {
  return ownerDb().report.findFirstOrThrow({ where: { slotId }, include: { events: { orderBy: { createdAt: "asc" } }, actuals: true } });
}

describe("report transitions", () => {
  it("draft → submitted → returned → resubmitted → approved, each an event, actuals counted only when approved", async () => {
    const slotId = slotIds[0]!;
    const slot = await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: slotId }, include: { task: true } });
    const indicator = await ownerDb().indicator.create({
      data: {
        tenantId: slot.tenantId,
        planId: slot.task.planId,
        taskId: slot.taskId,
        origin: "manual",
        position: 999,
        name: "覆盖率",
        unit: "%",
        targetValue: 90,
      },
    });

    await signInAs("jinfeng.reporter");
    const draft = await saveReportDraftAction(fields(slotId, { actuals: [{ indicatorId: indicator.id, value: "85.5" }] }));
    expect(draft).toMatchObject({ ok: true });
    expect((await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: slotId } })).status).toBe("draft");

    const key = randomUUID();
    expect(await submitReportAction(fields(slotId, { version: 1, submitKey: key, actuals: [{ indicatorId: indicator.id, value: 85.5 }] }))).toMatchObject({
      ok: true,
      message: "已提交，等待教育局审核",
    });
    let report = await reportOf(slotId);
    expect(report.status).toBe("submitted");
    expect(report.actuals.map((a) => [Number(a.value), a.reviewState])).toEqual([[85.5, "pending"]]);

    await signInAs("jinfeng.staff");
    expect(await reviewReportAction(null, { reportId: report.id, decision: "return", comment: "", version: report.version })).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["退回时请填写退回意见"] },
    });
    expect(await reviewReportAction(null, { reportId: report.id, decision: "return", comment: "请补充会议纪要", version: report.version })).toMatchObject({
      ok: true,
    });
    report = await reportOf(slotId);
    expect([report.status, report.actuals[0]!.reviewState]).toEqual(["returned", "returned"]);
    const inbox = await ownerDb().inboxMessage.findMany({ where: { kind: "review", user: { username: "jinfeng.reporter" } } });
    expect(inbox.at(-1)?.body).toContain("请补充会议纪要");

    await signInAs("jinfeng.reporter");
    expect(
      await submitReportAction(
        fields(slotId, { version: report.version, submitKey: randomUUID(), progress: 60, actuals: [{ indicatorId: indicator.id, value: 86 }] }),
      ),
    ).toMatchObject({ ok: true });
    report = await reportOf(slotId);

    await signInAs("jinfeng.staff");
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version })).toMatchObject({
      ok: true,
      message: "已审核通过",
    });
    report = await reportOf(slotId);
    expect(report.status).toBe("approved");
    expect(report.actuals.map((a) => [Number(a.value), a.reviewState])).toEqual([[86, "approved"]]);
    expect(report.events.map((e) => `${e.action}:${e.fromStatus ?? "-"}→${e.toStatus}`)).toEqual([
      "create:-→draft",
      "submit:draft→submitted",
      "return:submitted→returned",
      "resubmit:returned→submitted",
      "approve:submitted→approved",
    ]);
    expect((await ownerDb().task.findUniqueOrThrow({ where: { id: slot.taskId } })).progress).toBe(60);

    await signInAs("jinfeng.reporter");
    expect(await saveReportDraftAction(fields(slotId, { version: report.version }))).toMatchObject({ ok: false, message: "该报告已审核通过，不能再修改" });
  });

  it("a double submit (same key, even at the same instant) is one submission", async () => {
    const slotId = slotIds[1]!;
    await signInAs("jinfeng.reporter");
    const key = randomUUID();
    const [a, b] = await Promise.all([submitReportAction(fields(slotId, { submitKey: key })), submitReportAction(fields(slotId, { submitKey: key }))]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const again = await submitReportAction(fields(slotId, { submitKey: key }));
    expect(again).toMatchObject({ ok: true, message: "该报告已提交（重复提交已忽略）" });
    const report = await reportOf(slotId);
    expect(report.events.filter((e) => e.action === "submit")).toHaveLength(1);
    expect(await ownerDb().report.count({ where: { slotId } })).toBe(1);
    // A different submission of an already submitted report is refused.
    expect(await submitReportAction(fields(slotId, { submitKey: randomUUID(), version: report.version }))).toMatchObject({
      ok: false,
      message: "该报告已提交，等待审核，不能修改",
    });
  });

  it("the second of two writers on one draft is refused and shown the first one's text", async () => {
    const slotId = slotIds[2]!;
    await signInAs("jinfeng.reporter");
    expect(await saveReportDraftAction(fields(slotId, { summary: "第一版" }))).toMatchObject({ ok: true, data: { version: 1 } });
    await signInAs("jinfeng.staff");
    expect(await saveReportDraftAction(fields(slotId, { summary: "工作人员修改", version: 1 }))).toMatchObject({ ok: true, data: { version: 2 } });
    await signInAs("jinfeng.reporter");
    const stale = await saveReportDraftAction(fields(slotId, { summary: "填报员基于旧版修改", version: 1 }));
    expect(stale).toMatchObject({ ok: false, conflict: { summary: "工作人员修改", version: 2 } });
    expect((await reportOf(slotId)).summary).toBe("工作人员修改");
  });
});

describe("reporting rules", () => {
  it("a reporter cannot touch another unit's slot, nor another tenant's", async () => {
    await signInAs("jinfeng.reporter");
    const helanSlot = await ownerDb().reportSlot.findFirstOrThrow({ where: { tenantId: await tenantIdOf("helan") } });
    for (const slotId of [foreignSlotId, helanSlot.id]) {
      expect(await saveReportDraftAction(fields(slotId))).toEqual({ ok: false, message: "填报任务不存在或无权访问" });
      expect(await submitReportAction(fields(slotId, { submitKey: randomUUID() }))).toEqual({ ok: false, message: "填报任务不存在或无权访问" });
      expect(await ownerDb().report.count({ where: { slotId } })).toBe(0);
    }
  });

  it("reporters cannot review, city viewers cannot write, staff of another tenant cannot review", async () => {
    const slotId = slotIds[3]!;
    await signInAs("jinfeng.reporter");
    await submitReportAction(fields(slotId, { submitKey: randomUUID() }));
    const report = await reportOf(slotId);
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", version: report.version })).toMatchObject({
      ok: false,
      message: "您没有执行此操作的权限",
    });
    await signInAs("yinchuan.viewer");
    expect(await saveReportDraftAction(fields(slotId))).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
    await signInAs("xingqing.staff");
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", version: report.version })).toMatchObject({
      ok: false,
      message: "报告不存在或无权访问",
    });
    expect((await reportOf(slotId)).status).toBe("submitted");
  });

  it("bad input gets Chinese messages and changes nothing", async () => {
    const slotId = slotIds[4] ?? slotIds[0]!;
    await signInAs("jinfeng.reporter");
    const before = await ownerDb().report.count();
    const negative = await saveReportDraftAction(fields(slotId, { progress: -5 }));
    expect(negative).toMatchObject({ ok: false, fieldErrors: { progress: ["进度不能为负数"] } });
    const notNumber = await saveReportDraftAction(fields(slotId, { actuals: [{ indicatorId: randomUUID(), value: "约八十" }] }));
    expect(notNumber).toMatchObject({ ok: false, fieldErrors: { "actuals.0.value": ["请输入数字"] } });
    const foreignIndicator = await ownerDb().indicator.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } });
    expect(await saveReportDraftAction(fields(slotId, { actuals: [{ indicatorId: foreignIndicator.id, value: 1 }] }))).toMatchObject({
      ok: false,
      message: "所填指标不属于该任务",
    });
    expect(await ownerDb().report.count()).toBe(before);
  });

  it("evidence: real files are stored; oversized files and disguised executables are refused", async () => {
    const slotId = slotIds[4] ?? slotIds[0]!;
    await signInAs("jinfeng.reporter");
    const pdf = new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")], "会议纪要.pdf", { type: "application/pdf" });
    const form = (file: File) => {
      const fd = new FormData();
      fd.set("slotId", slotId);
      fd.set("file", file);
      return fd;
    };
    const ok = await uploadAttachmentAction(form(pdf));
    expect(ok).toMatchObject({ ok: true, data: { fileName: "会议纪要.pdf", contentType: "application/pdf" } });
    const stored = await ownerDb().attachment.findFirstOrThrow({ where: { fileName: "会议纪要.pdf" } });
    expect(new TextDecoder().decode((await storedFile(stored.storageKey))!)).toMatch(/^%PDF-1.7/);

    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])], "通知.pdf", { type: "application/pdf" });
    expect(await uploadAttachmentAction(form(exe))).toMatchObject({ ok: false, message: "文件内容与扩展名不符：这不是有效的PDF 文档" });
    const big = new File([new Uint8Array(30 * 1024 * 1024)], "大图.png", { type: "image/png" });
    expect(await uploadAttachmentAction(form(big))).toMatchObject({ ok: false, message: "文件过大：单个附件不能超过 20 MB" });
    const script = new File([new TextEncoder().encode("#!/bin/sh")], "run.sh");
    expect(await uploadAttachmentAction(form(script))).toMatchObject({ ok: false, message: "只能上传图片（JPEG/PNG/HEIC/GIF/WebP）、PDF、Word 或 Excel 文件" });
    expect(await ownerDb().attachment.count({ where: { report: { slotId } } })).toBe(1);
  });
});

describe("separation of duties", () => {
  it("nobody approves a report they submitted themselves; returning it is allowed; another reviewer approves it", async () => {
    const own = await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
    const slot = await ownerDb().reportSlot.findFirstOrThrow({
      where: { tenantId: own.tenantId, status: "open", id: { not: foreignSlotId }, NOT: { orgUnitId: own.orgUnitId! } },
    });
    const { userId: staffId } = await signInAs("jinfeng.staff");
    expect(await submitReportAction(fields(slot.id, { submitKey: randomUUID(), summary: "工作人员代为填报" }))).toMatchObject({ ok: true });
    let report = await reportOf(slot.id);

    // The review queue tells the submitter up front why they cannot approve it.
    const staff = await tenantSessionOf("jinfeng.staff");
    const queue = await readTenant(staff, (tx) => listReviewQueue(tx, staff.tenant.tenantId, { page: 1 }));
    const item = queue.items.find((i) => i.id === report.id)!;
    expect(isOwnSubmission(item, staffId)).toBe(true);

    const approve = await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version });
    expect(approve).toEqual({ ok: false, message: OWN_SUBMISSION_MESSAGE });
    expect(OWN_SUBMISSION_MESSAGE).toContain("不能审核本人提交的报告");
    report = await reportOf(slot.id);
    expect(report.status).toBe("submitted");
    expect(report.events.map((e) => e.action)).toEqual(["submit"]);

    // Sending one's own submission back for changes is harmless: it is a withdrawal.
    expect(await reviewReportAction(null, { reportId: report.id, decision: "return", comment: "补充材料后再提交", version: report.version })).toMatchObject({
      ok: true,
    });
    report = await reportOf(slot.id);
    expect(await submitReportAction(fields(slot.id, { submitKey: randomUUID(), summary: "工作人员补充后提交", version: report.version }))).toMatchObject({
      ok: true,
    });
    report = await reportOf(slot.id);
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version })).toMatchObject({
      ok: false,
      message: OWN_SUBMISSION_MESSAGE,
    });

    const { userId: adminId } = await signInAs("jinfeng.admin");
    expect(isOwnSubmission(report, adminId)).toBe(false);
    expect(await reviewReportAction(null, { reportId: report.id, decision: "approve", comment: "", version: report.version })).toMatchObject({ ok: true });
    report = await reportOf(slot.id);
    expect(report.status).toBe("approved");
    expect(report.events.map((e) => [e.action, e.actorUserId])).toEqual([
      ["submit", staffId],
      ["return", staffId],
      ["resubmit", staffId],
      ["approve", adminId],
    ]);
  });
});
