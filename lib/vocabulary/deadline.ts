// The words for a task's deadline, once: the import review, the task page and
// anywhere a task's overdue mark shows use these.
export const DEADLINE_LABELS = {
  /** The deadline as the document wrote it. */
  written: "完成时限",
  dueDate: "完成日期",
  ongoing: "长期/持续",
  overdue: "逾期",
  none: "未写明",
} as const;
