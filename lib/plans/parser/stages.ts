/**
 * A deadline written as stages (时间节点：3月底前完成方案制定；6月底前完成集团组建；12月底前完成评估, or
 * 第一季度完成摸底，第二季度完成认定): the task's milestones, as a table's 一季度 | 二季度 columns
 * give them, and the last stage's date its deadline. Only when every piece starts with its date and
 * says what is done by then: a range (3月—6月), a list of dates (6月、12月) or a date followed by
 * how progress is reported (7月至8月，每周报送一次进展) stays one deadline.
 */
import { startsWithDeadline } from "./deadlines";
import type { PlanMilestone } from "./types";

export interface Stages {
  /** The last stage's date as written (12月底前): when the task is done. */
  deadline: string;
  milestones: PlanMilestone[];
}

/** （1） / 1. / ① before a stage. */
const NUMBERING = /^(?:[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[)）]|[0-9]{1,2}\s*[.．、]|[①-⑳])\s*/;
/**
 * Where a stage's date ends: the date, then 前 / 以前 / 之前 / 内 / 完成 … before what is done. A term
 * or a holiday counts only with the word that makes it a date (秋季开学前, 暑假期间): 秋季学期投入使用 is
 * how the whole deadline reads (deadlines.ts), not a stage of it.
 */
const DATE_HEAD = new RegExp(
  String.raw`^(?:(\d{4})年度?)?(?:` +
    String.raw`(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?(?:份)?(?:上旬|中旬|下旬|初|底|末)?|第?[1-4一二三四]季度|[上下]半年|年底|年末|年中)(?:前|以前|之前|内|以内|末|底)?(?:前)?` +
    String.raw`|(?:[春秋]季(?:学期)?(?:开学)?|暑假|寒假)(?:前|以前|之前|末|期间))`,
);
const RANGE_OR_START = /^\s*(?:至|到|—|－|-|–|~|～|起|开始|以来)/;
/** Words between the date and the work that belong to neither (，/：). */
const JOINER = /^[，,：:\s]+/;

/** `year`: the one an earlier stage wrote (2025年6月底前…；12月底前…), for a stage that writes none. */
function stageOf(piece: string, year: string | null): (PlanMilestone & { year: string | null }) | null {
  const text = piece.replace(NUMBERING, "").trim();
  if (!startsWithDeadline(text)) return null;
  const head = DATE_HEAD.exec(text.normalize("NFKC"));
  if (!head) return null;
  // 4月至6月开展自查 is a range and 4月份开始排查 a start: neither is a stage's date.
  if (RANGE_OR_START.test(text.slice(head[0].length))) return null;
  const title = text
    .slice(head[0].length)
    .replace(JOINER, "")
    .replace(/[。；;，,]+$/, "")
    .trim();
  // The work a stage names is a phrase, not a bare word (前 / 完成): 完成选址 at least.
  if ([...title].length < 3) return null;
  const written = head[1] ?? null;
  return { title, deadline: written || !year ? head[0] : `${year}年${head[0]}`, dueDate: null, year: written ?? year };
}

/** One stage alone (（1）4月底前完成排查；): a line a 推进节点： label above it lists. */
export function isStage(text: string): boolean {
  return stageOf(text.replace(/[；;。]+$/, ""), null) !== null;
}

function piecesOf(text: string): string[] {
  const split = (re: RegExp) =>
    text
      .split(re)
      .map((p) => p.trim())
      .filter(Boolean);
  const bySemicolon = split(/[；;。\n]+/);
  return bySemicolon.length >= 2 ? bySemicolon : split(/[，,]+/);
}

/** The stages a deadline text lists, or null when it is one deadline (or not every piece is a stage). */
export function readStages(text: string): Stages | null {
  const pieces = piecesOf(text);
  if (pieces.length < 2) return null;
  const milestones: PlanMilestone[] = [];
  let year: string | null = null;
  for (const piece of pieces) {
    const stage = stageOf(piece, year);
    if (!stage) return null;
    year = stage.year;
    milestones.push({ title: stage.title, deadline: stage.deadline, dueDate: null });
  }
  return { deadline: milestones[milestones.length - 1]!.deadline, milestones };
}
