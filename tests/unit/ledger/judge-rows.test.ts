import { describe, expect, it } from "vitest";
import { actualKey, judgeRows, precheck } from "@/lib/ledger/judge-rows";
import type { SheetRow } from "@/lib/ledger/read-sheet";

const PLAN = "11111111-1111-4111-8111-111111111111";
const A = "22222222-2222-4222-8222-222222222222";
const B = "33333333-3333-4333-8333-333333333333";
const OTHER_PLAN = "44444444-4444-4444-8444-444444444444";
const C = "66666666-6666-4666-8666-666666666666";
const today = new Date("2024-06-30T00:00:00Z");
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const row = (n: number, patch: Partial<SheetRow>): SheetRow => ({
  row: n,
  indicatorId: A,
  indicatorName: "表中的名称",
  value: { kind: "ok", value: 95 },
  asOf: { kind: "ok", value: day("2024-06-01") },
  ...patch,
});

describe("ledger rows checked without the database", () => {
  it("skips an empty value and refuses a missing or malformed id, a non-number, a huge value, a bad or future date", () => {
    const verdicts = [
      row(2, { value: { kind: "empty" } }),
      row(3, { indicatorId: "" }),
      row(4, { indicatorId: "12345" }),
      row(5, { value: { kind: "invalid", text: "九十五" } }),
      row(6, { value: { kind: "ok", value: 1e13 } }),
      row(7, { asOf: { kind: "invalid", text: "六月底" } }),
      row(8, { asOf: { kind: "ok", value: day("2024-07-01") } }),
    ].map((r) => precheck(r, today));
    expect(verdicts).toEqual([
      { status: "skipped", reason: "未填写实际值" },
      { status: "refused", reason: "缺少指标ID：请勿删除或修改“指标ID”列" },
      { status: "refused", reason: "指标ID格式不正确" },
      { status: "refused", reason: "实际值不是数字：“九十五”" },
      { status: "refused", reason: "实际值过大" },
      { status: "refused", reason: "截至日期无法识别：“六月底”，请填写如 2022-06-30" },
      { status: "refused", reason: "截至日期不能晚于今天" },
    ]);
  });

  it("dates a value without 截至日期 today", () => {
    expect(precheck(row(2, { asOf: { kind: "empty" } }), today)).toMatchObject({ value: 95, asOf: today });
  });
});

describe("ledger rows judged against what the bureau has", () => {
  const facts = {
    planId: PLAN,
    indicators: new Map([
      [A, { id: A, name: "毛入园率", planId: PLAN, unit: "%", comparator: "gte" as const, baselineValue: 80, targetValue: 95, targetMax: null }],
      [B, { id: B, name: "别的规划的指标", planId: OTHER_PLAN, unit: "%", comparator: "gte" as const, baselineValue: null, targetValue: 90, targetMax: null }],
      [C, { id: C, name: "名师工作室", planId: PLAN, unit: "个", comparator: "eq" as const, baselineValue: null, targetValue: 20, targetMax: null }],
    ]),
    existing: new Map([[actualKey(A, day("2024-03-31")), 90]]),
  };
  const judge = (rows: SheetRow[]) =>
    judgeRows(
      rows.map((r) => ({ row: r, check: precheck(r, today) })),
      facts,
    );

  it("accepts a new value, names the indicator as the bureau does, and answers every row in file order", () => {
    const { results, accepted } = judge([row(2, {}), row(3, { value: { kind: "empty" } })]);
    expect(results).toEqual([
      { row: 2, indicatorId: A, indicator: "毛入园率", value: 95, asOf: "2024-06-01", status: "accepted", reason: "已记录" },
      { row: 3, indicatorId: A, indicator: "毛入园率", value: null, asOf: null, status: "skipped", reason: "未填写实际值" },
    ]);
    expect(accepted.map((c) => c.row.row)).toEqual([2]);
  });

  it("refuses an unknown (or another bureau's) indicator and one of another plan", () => {
    const unknown = "55555555-5555-4555-8555-555555555555";
    const { results, accepted } = judge([row(2, { indicatorId: unknown }), row(3, { indicatorId: B })]);
    expect(results.map((r) => [r.indicator, r.reason])).toEqual([
      ["表中的名称", "指标不存在或无权访问"],
      ["别的规划的指标", "该指标不属于本规划"],
    ]);
    expect(accepted).toEqual([]);
  });

  it("refuses a second value for the same indicator and date, naming the first row", () => {
    const { results } = judge([row(2, {}), row(3, { value: { kind: "ok", value: 96 } })]);
    expect(results[1]).toMatchObject({ status: "refused", reason: "与第 2 行重复（同一指标、同一截至日期）" });
  });

  it("skips a value already recorded, so re-importing an exported ledger adds nothing; a changed value is new", () => {
    const recorded = { kind: "ok" as const, value: day("2024-03-31") };
    const same = judge([row(2, { value: { kind: "ok", value: 90 }, asOf: recorded })]);
    expect(same.results[0]).toMatchObject({ status: "skipped", reason: "与已有实际值相同，未重复记录" });
    expect(same.accepted).toEqual([]);
    const changed = judge([row(2, { value: { kind: "ok", value: 91 }, asOf: recorded })]);
    expect(changed.results[0]).toMatchObject({ status: "accepted", value: 91 });
  });

  it("refuses a value whose unit disagrees with the indicator's, and accepts one that agrees", () => {
    const { results, accepted } = judge([
      row(2, { indicatorId: C, value: { kind: "ok", value: 90, unit: "%" } }),
      row(3, { indicatorId: A, value: { kind: "ok", value: 12, unit: "个" } }),
      row(4, { indicatorId: C, value: { kind: "ok", value: 12, unit: "所" } }),
      row(5, { indicatorId: C, value: { kind: "ok", value: 18, unit: "个" }, asOf: { kind: "ok", value: day("2024-05-01") } }),
      row(6, { indicatorId: A, value: { kind: "ok", value: 96, unit: "百分比" }, asOf: { kind: "ok", value: day("2024-05-01") } }),
    ]);
    expect(results.map((r) => [r.row, r.status, r.reason])).toEqual([
      [2, "refused", "实际值是百分数（90%），与指标单位“个”不一致"],
      [3, "refused", "实际值的单位“个”与指标单位“%”不一致"],
      [4, "refused", "实际值的单位“所”与指标单位“个”不一致"],
      [5, "accepted", "已记录"],
      [6, "accepted", "已记录"],
    ]);
    expect(accepted.map((c) => c.row.row)).toEqual([5, 6]);
  });

  it("refuses an implausible value: nobody is there to confirm it", () => {
    const { results } = judge([
      row(2, { indicatorId: A, value: { kind: "ok", value: 100.1 } }),
      row(3, { indicatorId: C, value: { kind: "ok", value: 87.5 } }),
      row(4, { indicatorId: A, value: { kind: "ok", value: 100 }, asOf: { kind: "ok", value: day("2024-05-01") } }),
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([
      ["refused", "实际值超出合理范围：百分比超过100%；请核实后在填报中录入"],
      ["refused", "实际值超出合理范围：“个”应为整数；是目标值（20个）的4倍以上；请核实后在填报中录入"],
      ["accepted", "已记录"],
    ]);
  });
});
