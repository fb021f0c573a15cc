/**
 * A date an item states in its own words when no 完成时限 is given: 1.…，6月底前完成全部学校章程修订。
 * Work points often carry the deadline this way (due-dates.ts takes it from the item's sentence and
 * points out one in a measure). Only a phrase that ends in 前 counts (the date the
 * work is due by), never a recurring one (每月10日前报送, 每学期开学前) or a target year (到2025年).
 * Several phrases (3月底前制定方案，6月底前完成): the latest, as for a 完成时限 naming several dates.
 * Not a date before the plan's first year (招收2019年8月31日前出生的儿童, 2010年底前建成的校舍), nor one
 * after 每 or a ban in the same clause (每年春季和秋季开学前, 严禁在寒假前提前放假).
 */
import { resolveDeadline, type DeadlineContext } from "./deadlines";

const NUM = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
const YEAR = String.raw`(?:\d{4}|今|本|当|次|明)年`;
const WHEN = [
  String.raw`(?:${YEAR})?${NUM}月份?(?:底|末|上旬|中旬|下旬|${NUM}日)?`,
  String.raw`(?:\d{4}|今|本|当|次|明)?年(?:底|末)`,
  String.raw`(?:${YEAR})?(?:上半年|下半年|第?[一二三四]季度末?)`,
  String.raw`(?:${YEAR})?(?:(?:春季|秋季)(?:学期)?)?(?:开学|学期)|暑假|寒假`,
].join("|");
const PROSE_DEADLINE = new RegExp(String.raw`(?<!(?:每|严禁|不得|禁止)[^，。；]{0,10})(?:${WHEN})(?:之|以)?前(?!出生)`, "g");

/** The latest date an item's text says its work is due by, as written; null when it names none. */
export function deadlineInProse(texts: readonly string[], context: DeadlineContext): string | null {
  let latest: { phrase: string; due: string } | null = null;
  for (const text of texts) {
    for (const match of text.matchAll(PROSE_DEADLINE)) {
      const due = resolveDeadline(match[0], context).dueDate;
      const past = due !== null && context.startYear !== null && Number(due.slice(0, 4)) < context.startYear;
      if (due && !past && (!latest || due > latest.due)) latest = { phrase: match[0], due };
    }
  }
  return latest?.phrase ?? null;
}
