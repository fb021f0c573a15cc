// Plausible numbers (issue 14 point 9, decision 0027): an actual far outside
// what its indicator allows needs the reporter's confirmation, is refused by
// the server without it (action and API alike), and reaches the reviewer
// flagged with its reason; the ledger import refuses such a row, and a value
// whose unit disagrees with the indicator's (90% into 个), row by row.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as submitRoute } from "@/app/api/v1/reports/[slotId]/submit/route";
import { readTenant } from "@/lib/db/tenant-scope";
import { importLedgerActualsAction } from "@/lib/ledger/actions";
import { getSlotDetail } from "@/lib/reports/queries/get-slot";
import { getReviewExtras } from "@/lib/reports/queries/review-extras";
import { listReviewQueue } from "@/lib/reports/queries/review-queue";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { ownerDb, signInAs } from "@/tests/support/db";
import { openPeriodFor, reporterSlots, tenantSessionOf } from "@/tests/support/reporting";

const ISSUE_REASON = "“个”应为整数；是目标值（20个）的4倍以上";

let planId: string;
let tenantId: string;
let slotIds: string[];
/** 名师工作室 = 20 个, on the task of slotIds[0] and slotIds[1]… (one per slot's task). */
const studios = new Map<string, string>();
let rate: string; // a plan-level 覆盖率 ≥ 90%

beforeAll(async () => {
  const opened = await openPeriodFor("jinfeng", /教育工作要点/);
  planId = opened.plan.id;
  tenantId = opened.tenantId;
  const slots = (await reporterSlots("jinfeng")).filter((s) => s.periodId === opened.periodId);
  expect(slots.length).toBeGreaterThanOrEqual(4);
  slotIds = slots.map((s) => s.id);
  for (const [i, slot] of slots.slice(0, 4).entries()) {
    const studio = await ownerDb().indicator.create({
      data: { tenantId, planId, taskId: slot.taskId, origin: "manual", position: 900 + i, name: "名师工作室", unit: "个", comparator: "eq", targetValue: 20 },
    });
    studios.set(slot.id, studio.id);
  }
  rate = (
    await ownerDb().indicator.create({
      data: {
        tenantId,
        planId,
        taskId: null,
        origin: "manual",
        position: 990,
        name: "覆盖率",
        unit: "%",
        comparator: "gte",
        baselineValue: 80,
        targetValue: 90,
      },
    })
  ).id;
});

const fields = (slotId: string, actuals: { indicatorId: string; value: string | number; confirmed?: boolean }[], extra: Record<string, unknown> = {}) => ({
  slotId,
  summary: "已完成年度工作部署。",
  progress: 40,
  problems: "",
  nextSteps: "",
  version: 0,
  actuals,
  ...extra,
});

const actualsOf = (slotId: string) => ownerDb().indicatorActual.findMany({ where: { report: { slotId } }, orderBy: { indicator: { position: "asc" } } });

describe("an implausible actual in a report", () => {
  it("refuses the submission without confirmation, with the reason on the field, and writes nothing", async () => {
    const slotId = slotIds[0]!;
    await signInAs("jinfeng.reporter");
    const result = await submitReportAction(fields(slotId, [{ indicatorId: studios.get(slotId)!, value: "87.5" }], { submitKey: randomUUID() }));
    expect(result).toEqual({
      ok: false,
      message: `有实际值超出合理范围，请核实后勾选“我已核实该数值”再提交：“名师工作室”87.5个（${ISSUE_REASON}）`,
      fieldErrors: { "actuals.0.value": [`该数值可能有误：${ISSUE_REASON}。请核实后勾选“我已核实该数值”再提交`] },
    });
    expect(await ownerDb().report.count({ where: { slotId } })).toBe(0);
    expect((await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: slotId } })).status).toBe("open");
  });

  it("accepts it with confirmation and stores the reason for the reviewer; a plausible value carries none", async () => {
    const slotId = slotIds[0]!;
    await signInAs("jinfeng.reporter");
    const result = await submitReportAction(
      fields(
        slotId,
        [
          { indicatorId: studios.get(slotId)!, value: "87.5", confirmed: true },
          { indicatorId: rate, value: "100", confirmed: true },
        ],
        { submitKey: randomUUID() },
      ),
    );
    expect(result).toMatchObject({ ok: true });
    expect((await actualsOf(slotId)).map((a) => [Number(a.value), a.plausibilityNote])).toEqual([
      [87.5, ISSUE_REASON],
      [100, null],
    ]);
  });

  it("shows the flag to the reviewer in the queue and on the report page", async () => {
    const slotId = slotIds[0]!;
    const staff = await tenantSessionOf("jinfeng.staff");
    const flagged = await readTenant(staff, async (tx) => {
      const queue = await listReviewQueue(tx, staff.tenant.tenantId, { page: 1 });
      const item = queue.items.find((i) => i.slot.id === slotId)!;
      return (await getReviewExtras(tx, staff.tenant.tenantId, [item.id])).get(item.id)!.actuals;
    });
    expect(flagged.map((a) => [a.indicator.name, a.plausibilityNote])).toEqual([
      ["名师工作室", ISSUE_REASON],
      ["覆盖率", null],
    ]);
    const page = await readTenant(staff, (tx) => getSlotDetail(tx, staff, slotId));
    expect(page.slot.report!.actuals.find((a) => a.indicatorId === studios.get(slotId))!.plausibilityNote).toBe(ISSUE_REASON);
  });

  it("keeps an unconfirmed value in a draft (autosave loses nothing) and remembers a confirmation there", async () => {
    const slotId = slotIds[1]!;
    const studio = studios.get(slotId)!;
    await signInAs("jinfeng.reporter");
    const first = await saveReportDraftAction(fields(slotId, [{ indicatorId: studio, value: "150%" }]));
    expect(first).toMatchObject({ ok: true });
    expect((await actualsOf(slotId)).map((a) => [Number(a.value), a.plausibilityNote])).toEqual([[150, null]]);
    if (!first.ok) return;
    const second = await saveReportDraftAction(fields(slotId, [{ indicatorId: studio, value: "150", confirmed: true }], { version: first.data.version }));
    expect(second).toMatchObject({ ok: true });
    expect((await actualsOf(slotId)).map((a) => a.plausibilityNote)).toEqual(["是目标值（20个）的7倍以上"]);
    if (!second.ok) return;
    // Submitting the draft still needs the confirmation sent with it: the server judges what it receives.
    const refused = await submitReportAction(
      fields(slotId, [{ indicatorId: studio, value: "150" }], { version: second.data.version, submitKey: randomUUID() }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { "actuals.0.value": [expect.stringContaining("7倍以上")] } });
    expect((await ownerDb().report.findFirstOrThrow({ where: { slotId } })).status).toBe("draft");
  });
});

describe("POST /api/v1/reports/{slotId}/submit with an implausible actual", () => {
  async function post(slotId: string, payload: unknown) {
    const request = new Request(`http://localhost/api/v1/reports/${slotId}/submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    const response = await submitRoute(request, { params: Promise.resolve({ slotId }) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("answers 422 with the reason unless the actual carries confirmed: true", async () => {
    const slotId = slotIds[2]!;
    await signInAs("jinfeng.reporter");
    const refused = await post(slotId, fields(slotId, [{ indicatorId: rate, value: 120 }], { submitKey: randomUUID() }));
    expect(refused).toEqual({
      status: 422,
      body: {
        error: "有实际值超出合理范围，请核实后勾选“我已核实该数值”再提交：“覆盖率”120%（百分比超过100%）",
        fieldErrors: { "actuals.0.value": ["该数值可能有误：百分比超过100%。请核实后勾选“我已核实该数值”再提交"] },
      },
    });
    expect(await ownerDb().report.count({ where: { slotId } })).toBe(0);
    const accepted = await post(slotId, fields(slotId, [{ indicatorId: rate, value: 120, confirmed: true }], { submitKey: randomUUID() }));
    expect(accepted).toMatchObject({ status: 200, body: { status: "submitted" } });
    expect((await actualsOf(slotId)).map((a) => [Number(a.value), a.plausibilityNote])).toEqual([[120, "百分比超过100%"]]);
  });
});

describe("ledger import of actuals", () => {
  function form(bytes: Buffer) {
    const data = new FormData();
    data.set("planId", planId);
    data.set("file", new File([new Uint8Array(bytes)], "台账.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    return data;
  }

  it("refuses 90% into a 个 indicator and an implausible value, row by row, and imports the other rows", async () => {
    await signInAs("jinfeng.staff");
    const [a, b, c] = [...studios.values()];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("工作台账");
    sheet.addRow(["指标", "实际值", "截至日期", "指标ID"]);
    sheet.addRow(["名师工作室", 0.9, "2022-03-31", a]).getCell(2).numFmt = "0%";
    sheet.addRow(["名师工作室", 18, "2022-03-31", b]);
    sheet.addRow(["名师工作室", "12所", "2022-03-31", c]);
    sheet.addRow(["覆盖率", "96.5%", "2022-03-31", rate]);
    sheet.addRow(["名师工作室", 87.5, "2022-06-30", b]);
    sheet.addRow(["覆盖率", 1.005, "2022-06-30", rate]).getCell(2).numFmt = "0.0%";
    const before = await ownerDb().indicatorActual.count({ where: { tenantId, reportId: null } });

    const result = await importLedgerActualsAction(null, form(Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(result).toMatchObject({ ok: true, message: "已导入 2 条实际值；4 行未导入，请查看下表中的原因", data: { accepted: 2, refused: 4 } });
    if (!result.ok) return;
    expect(result.data.rows.map((r) => [r.row, r.status, r.reason])).toEqual([
      [2, "refused", "实际值是百分数（90%），与指标单位“个”不一致"],
      [3, "accepted", "已记录"],
      [4, "refused", "实际值的单位“所”与指标单位“个”不一致"],
      [5, "accepted", "已记录"],
      [6, "refused", `实际值超出合理范围：${ISSUE_REASON}；请核实后在填报中录入`],
      [7, "refused", "实际值超出合理范围：百分比超过100%；请核实后在填报中录入"],
    ]);
    const written = await ownerDb().indicatorActual.findMany({ where: { tenantId, reportId: null, createdAt: { gte: new Date(Date.now() - 60_000) } } });
    expect(await ownerDb().indicatorActual.count({ where: { tenantId, reportId: null } })).toBe(before + 2);
    expect(written.map((w) => [w.indicatorId, Number(w.value)]).sort()).toEqual(
      [
        [b, 18],
        [rate, 96.5],
      ].sort(),
    );
  });
});
