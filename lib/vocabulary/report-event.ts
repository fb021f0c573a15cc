// What happened to a report (report_events.action, a text column), as its history shows it.
export const REPORT_EVENT_ACTIONS = ["create", "submit", "resubmit", "approve", "return", "merge"] as const;

export type ReportEventAction = (typeof REPORT_EVENT_ACTIONS)[number];

export const REPORT_EVENT_LABELS: Record<ReportEventAction, string> = {
  create: "创建草稿",
  submit: "提交报告",
  resubmit: "重新提交",
  approve: "审核通过",
  return: "退回修改",
  // Two units merged: another unit's report for the same slot was folded into this one.
  merge: "合并单位",
};

/** An action recorded before this list knew it still shows, as its code. */
export const reportEventLabel = (action: string) => REPORT_EVENT_LABELS[action as ReportEventAction] ?? action;
