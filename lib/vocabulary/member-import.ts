// The members import's per-row outcomes and their Chinese names.
export const MEMBER_IMPORT_OUTCOMES = ["created", "updated", "refused"] as const;

export const MEMBER_IMPORT_OUTCOME_LABELS: Record<(typeof MEMBER_IMPORT_OUTCOMES)[number], string> = {
  created: "已创建",
  updated: "已更新",
  refused: "未导入",
};
