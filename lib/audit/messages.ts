// Sentences of the audit pages and the deletion forms (the words for actions and objects are in lib/vocabulary/audit.ts).
export const AUDIT_MESSAGES = {
  pageTitle: "审计日志",
  pageDescription: "本局的操作记录：规划与任务的修改、任务状态、报告的提交与审核、账号管理。记录只增不改；删除规划或任务前，其全部历史会完整保存在删除记录中。",
  empty: "没有符合条件的记录",
  exportTruncated: (max: number) => `仅导出最新的 ${max} 条，请缩小筛选范围后分批导出`,
  snapshotKept: "删除前的完整记录已保存",
  deletionKept: "删除前，状态变更、填报报告及审核记录会完整保存到审计日志，本局管理员可随时查阅。",
  system: "系统",
} as const;
