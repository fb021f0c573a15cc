/**
 * The status a 整改清单 or 台账 states for a row (整改状态：已完成 / 整改中),
 * read only when the cell says nothing else a person would need: a status
 * word, perhaps with a short bracket after it (已完成（2024年6月验收）).
 * Longer prose (已完成3所，另2所正在施工) is a progress note, not a status,
 * and stays a measure.
 */
export type StatedStatus = "completed" | "in_progress";

/** The labels (a table's header, or 整改状态：… in prose) whose value can state a row's status. */
export const STATUS_LABELS = [
  "整改状态",
  "整改情况",
  "整改进展",
  "完成情况",
  "进展情况",
  "推进情况",
  "落实情况",
  "办理情况",
  "办理进展",
  "完成状态",
  "办理状态",
];
export const STATUS_LABEL = new RegExp(`^(${STATUS_LABELS.join("|")}|状态)$`);

const COMPLETED =
  /^(已完成|已经完成|完成|已整改|已整改完成|整改完成|已完成整改|已办结|办结|已销号|已落实|已解决)(?:并?(?:长效坚持|长期坚持|持续巩固|持续推进))?$/;
const IN_PROGRESS = /^(整改中|正在整改|持续整改|推进中|正在推进|持续推进|进行中|正在进行|办理中|正在办理|基本完成|部分完成|长期坚持|长期推进)$/;

const TRAILING_NOTE = /[（(][^（()）]{0,30}[)）]$/;

export function statedStatus(cell: string): StatedStatus | null {
  const word = cell
    .replace(/\s+/g, "")
    .replace(TRAILING_NOTE, "")
    .replace(/[。.；;，,！!]+$/, "");
  if (COMPLETED.test(word)) return "completed";
  if (IN_PROGRESS.test(word)) return "in_progress";
  return null;
}

/** True when the cell is the status word and nothing more, so keeping it as a measure would only repeat it. */
export function isOnlyStatus(cell: string): boolean {
  const word = cell.replace(/\s+/g, "").replace(/[。.；;，,！!]+$/, "");
  return COMPLETED.test(word) || IN_PROGRESS.test(word);
}
