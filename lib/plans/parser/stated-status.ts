/**
 * The status a 整改清单 or 台账 states for a row (整改状态：已完成 / 整改中),
 * read only when the cell says nothing else a person would need: a status
 * word, perhaps with a short bracket after it (已完成（2024年6月验收）).
 * Longer prose (已完成3所，另2所正在施工) is a progress note, not a status,
 * and stays a measure.
 */
import { namesDeadline } from "./deadlines";
import { trimEndOf } from "./text";
export type StatedStatus = "completed" | "in_progress" | "delayed";

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

/**
 * A 台账's progress column says the same under more names (整改进度 | 已完成). Table headers only:
 * in prose, 进度： or 进展： opens ordinary wording as often as a status.
 */
const PROGRESS_COLUMNS = [
  "整改进度",
  "进度",
  "推进进度",
  "工作进度",
  "完成进度",
  "当前进度",
  "目前进度",
  "进展",
  "工作进展",
  "目前进展",
  "整改完成情况",
  "整改落实情况",
  "办结情况",
  "是否完成",
  "是否办结",
  "是否销号",
  "是否整改到位",
  // 督查通报: 进度评价 | 序时推进 / 滞后.
  "进度评价",
  "进展评价",
  "推进评价",
  "进度情况",
];
export const STATUS_COLUMN = new RegExp(`^(${[...STATUS_LABELS, ...PROGRESS_COLUMNS].join("|")}|状态)$`);

const COMPLETED =
  /^(已完成|已经完成|完成|已整改|已整改完成|整改完成|已完成整改|已办结|办结|已销号|已落实|已解决)(?:[并，,]?(?:长效坚持|长期坚持|持续巩固|持续推进))?$/;
const IN_PROGRESS =
  /^(整改中|正在整改|持续整改|推进中|正在推进|持续推进|进行中|正在进行|办理中|正在办理|基本完成|部分完成|长期坚持|长期推进|序时推进|按序时推进|按计划推进|正常推进|按期推进|未办结|未销号)$/;
/** A 通报's 进度滞后: behind, which the app calls delayed (延期/滞后). */
const DELAYED = /^(滞后|进度滞后|严重滞后|推进滞后|滞后于序时进度|进度落后|落后于序时进度|逾期未完成|超期未完成|未按期完成)$/;
/** 是否办结 | 是 / 否: the answer to the column's question (only status columns and labels are read here). */
const YES = /^(是|已)$/;
const NO = /^(否|未)$/;

/** 未启动 / 尚未开始: the status a task has until a report moves it (not_started), so nothing to keep. */
const NOT_STARTED = /^(未启动|尚未启动|未开始|尚未开始|未开展|尚未开展|未实施)$/;

const TRAILING_NOTE = /[（(][^（()）]{0,30}[)）]$/;
/** 已完成（待验收）, 已整改（未销号）, 已完成（部分学校仍有大班额）: the bracket takes “done” back to “under way”. */
const UNFINISHED = /未|待|部分|仍|尚|阶段|正在|需要|暂/;

/** The cell as its status word and the short bracket after it, spaces and a closing mark dropped. */
function wordAndNote(cell: string): { word: string; note: string } {
  const compact = trimEndOf(cell.replace(/\s+/g, ""), /[。.；;，,！!]/);
  const note = TRAILING_NOTE.exec(compact)?.[0] ?? "";
  return { word: compact.slice(0, compact.length - note.length), note };
}

function statusOf(word: string): StatedStatus | null {
  if (COMPLETED.test(word) || YES.test(word)) return "completed";
  if (DELAYED.test(word)) return "delayed";
  return IN_PROGRESS.test(word) || NO.test(word) ? "in_progress" : null;
}

export function statedStatus(cell: string): StatedStatus | null {
  const { word, note } = wordAndNote(cell);
  const status = statusOf(word);
  return status === "completed" && UNFINISHED.test(note) ? "in_progress" : status;
}

/**
 * A deadline as written (a 完成时限 field or a 整改时限 cell), read for the
 * status a list kept up to date writes there: 已整改 is done and no deadline,
 * 已完成，长期坚持 done and still a deadline. Only in the past tense: 整改完成
 * may be the deadline's own words (until done).
 */
export function deadlineOrDone(written: string): { deadline: string | null; done: boolean } {
  const done = /^\s*已/.test(written) && statedStatus(written) === "completed";
  return { done, deadline: written && (!done || namesDeadline(written)) ? written : null };
}

/** True when the cell is the status word and nothing more, so keeping it as a measure would only repeat it. */
export function isOnlyStatus(cell: string): boolean {
  const { word, note } = wordAndNote(cell);
  return !note && (statusOf(word) !== null || NOT_STARTED.test(word));
}
