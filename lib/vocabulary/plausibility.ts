// The words of plausible numbers (decision 0027): why an actual looks far
// outside what its indicator allows, the reporter's confirmation, the
// reviewer's mark, and why a ledger row's unit was refused. One place, so the
// form, the server's refusal, the review queue and the import say the same.

export const PLAUSIBILITY_MESSAGES = {
  percentOver: "百分比超过100%",
  percentNegative: "百分比不能为负数",
  permilleOver: "千分比超过1000‰",
  permilleNegative: "千分比不能为负数",
  negative: "数量或金额不能为负数",
  whole: (unit: string) => `“${unit}”应为整数`,
  /** 87.5 against a target of 20 个: "是目标值（20个）的4倍以上". */
  multiple: (reference: "target" | "baseline", shown: string, times: number) => `是${reference === "target" ? "目标值" : "基线值"}（${shown}）的${times}倍以上`,
  /** Joins several reasons for one value. */
  join: (reasons: string[]) => reasons.join("；"),
  confirmLabel: "我已核实该数值",
  /** Shown next to the value while it is not confirmed. */
  looksWrong: (reason: string) => `该数值可能有误：${reason}。请核实后勾选“我已核实该数值”再提交`,
  /** The server's refusal of a submission with unconfirmed implausible values: "“名师工作室”87.5个：“个”应为整数". */
  needsConfirmation: (details: string[]) => `有实际值超出合理范围，请核实后勾选“我已核实该数值”再提交：${details.join("；")}`,
  detail: (indicator: string, shown: string, reason: string) => `“${indicator}”${shown}（${reason}）`,
  /** The reviewer's mark next to a confirmed implausible value. */
  flagged: (reason: string) => `填报人已确认的异常值：${reason}`,
  flaggedShort: "异常值",
  /** The review queue item's summary of its flagged actuals. */
  flaggedCount: (n: number) => `${n} 个实际值超出合理范围（填报人已确认）`,
} as const;

export const LEDGER_UNIT_MESSAGES = {
  percentIntoOther: (shown: string, unit: string) => `实际值是百分数（${shown}），与指标单位“${unit}”不一致`,
  unitMismatch: (written: string, unit: string) => `实际值的单位“${written}”与指标单位“${unit}”不一致`,
  /** An implausible ledger value: nobody can confirm it during an import. */
  implausible: (reason: string) => `实际值超出合理范围：${reason}；请核实后在填报中录入`,
} as const;
