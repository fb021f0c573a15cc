/**
 * Recognition of heading markers and of the headings whose content is not a
 * task list (review of the last period, principles, 保障措施, glossary …).
 *
 * Ranks follow the fixed hierarchy of Chinese official documents:
 * 第一章 > 第一节 > 一、 > （一） > 1. > （1） > ①. Documents skip levels freely,
 * so only the relative order matters (节 sits between two integers for that reason).
 */
import type { PlanTextKind } from "./types";
import { cleanProse, firstTerminator, trimEndOf } from "./text";
import { parseAnyNumber, parseChineseNumber, parseCircled } from "./numerals";

export type HeadingStyle = "chapter" | "part" | "cn" | "paren-cn" | "named-item" | "arabic" | "paren-arabic" | "circled";

export const RANK: Record<HeadingStyle, number> = {
  chapter: 1,
  part: 1.5,
  cn: 2,
  "paren-cn": 3,
  // 督办事项一：… holds its own 1. 2. items.
  "named-item": 3.5,
  arabic: 4,
  "paren-arabic": 5,
  circled: 6,
};

export interface HeadingMatch {
  style: HeadingStyle;
  rank: number;
  number: number;
  marker: string;
  /** Text after the marker (title, possibly followed by body text). */
  rest: string;
}

const CN = "一二三四五六七八九十";
/** The words a named item is numbered behind: 督办事项一：, 重点任务2：, 问题1：. */
export const NAMED_ITEM_WORD = "(?:督办事项|督查事项|督办任务|重点事项|重点任务|工作任务|事项|任务|问题)";
/**
 * 任务二, 问题一, 督办事项3：, 任务卡2, 第三项 alone on a line: the marker above an item's record or form,
 * giving its number (group 1), never a line of the item before.
 */
export const ITEM_MARKER_LINE = new RegExp(
  `^(?:${NAMED_ITEM_WORD}(?:卡|单)?|整改事项|督办卡|督办单|推进卡|第)\\s*([一二三四五六七八九十]{1,3}|\\d{1,3})\\s*[项条个号]?\\s*[：:]?$`,
);
/**
 * The mark after an item's arabic number. "1.5%" and "10.758" are numbers, not
 * items: no digit after the dot, unless a month follows it (2.4月份组织演练,
 * 3.5月底前完成: item 2 in April, item 3 by May) or a year does (3.2025年秋季
 * 学期前消除大班额), which no decimal is.
 */
export const ARABIC_ITEM_MARK = "(?:[.．、](?!\\d)|[.．](?=(?:1[0-2]|[1-9])\\s*月)|[.．](?=20\\d{2}\\s*年))";
const PATTERNS: { style: HeadingStyle; re: RegExp }[] = [
  { style: "chapter", re: /^(第\s*([一二三四五六七八九十百\d]{1,4})\s*(?:章|部分|篇))\s*[、.．:：]?\s*(.*)$/ },
  // 规划 write 第三章 → 第一节 → 一、.
  // Space or a mark after 节: “第一节课前…” is prose about a lesson.
  { style: "part", re: /^(第\s*([一二三四五六七八九十\d]{1,3})\s*节)(?:\s+|\s*[、.．:：]\s*)(.+)$/ },
  // A 督办 notice numbers its items in words: 督办事项一：…, 重点任务2：…; each is a task (or holds its 1. 2.).
  // So does a 整改方案 its problems: 问题1：…, over 整改措施：/责任人：/整改时限：.
  {
    style: "named-item",
    re: new RegExp(`^(${NAMED_ITEM_WORD}\\s*([${CN}]{1,3}|\\d{1,3})\\s*[：:、.．])\\s*(.+)$`),
  },
  { style: "cn", re: new RegExp(`^(([${CN}]{1,3})\\s*[、.．])\\s*(.+)$`) },
  { style: "paren-cn", re: new RegExp(`^([（(]\\s*([${CN}]{1,3})\\s*[)）]\\s*[、.．]?)\\s*(.+)$`) },
  { style: "arabic", re: new RegExp(`^((\\d{1,3})\\s*${ARABIC_ITEM_MARK})\\s*(.+)$`) },
  { style: "paren-arabic", re: /^([（(]\s*(\d{1,3})\s*[)）]\s*[、.．]?)\s*(.+)$/ },
  { style: "paren-arabic", re: /^((\d{1,3})\s*[)）])\s*(.+)$/ },
  { style: "circled", re: /^(([①-⑳]))\s*(.+)$/ },
];

export function matchNumberedHeading(text: string): HeadingMatch | null {
  for (const { style, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const raw = m[2] ?? "";
    const number = style === "circled" ? parseCircled(raw) : (parseAnyNumber(raw.replace(/\s+/g, "")) ?? parseChineseNumber(raw));
    // “1．。正文” or “（1）。”: marks between the number and the text are no title.
    const rest = (m[3] ?? "").trim().replace(/^[。．.，,、；;：:！？!?\s]+/, "");
    if (number === null || !rest) continue;
    return { style, rank: RANK[style], number, marker: (m[1] ?? "").replace(/\s+/g, ""), rest };
  }
  return null;
}

/** The labels a rectification item names its problem by (1. 问题：…, or a record's 存在问题：…). */
export const PROBLEM_WORD = "(?:存在的?问题|反馈问题|整改问题|问题表现|问题描述|问题)";
const PROBLEM_LABEL = new RegExp(`^【?${PROBLEM_WORD}】?\\s*[:：]\\s*(?=\\S)`);

/** An item's heading text without the label its problem stands behind: the problem is the title, not 问题. */
export const withoutProblemLabel = (rest: string): string => rest.replace(PROBLEM_LABEL, "");

/** Title is the first sentence; anything after it on the line is body text. */
export function splitHeadingTitle(rest: string): { title: string; body: string } {
  const stop = firstTerminator(rest);
  if (stop >= 0) {
    return { title: tidyTitle(rest.slice(0, stop)), body: rest.slice(stop + 1).trim() };
  }
  const colon = firstTerminator(rest, /[:：]/);
  if (colon > 0 && colon <= 20 && rest.slice(colon + 1).trim()) {
    return { title: tidyTitle(rest.slice(0, colon)), body: rest.slice(colon + 1).trim() };
  }
  return { title: tidyTitle(rest), body: "" };
}

export function tidyTitle(s: string): string {
  return trimEndOf(cleanProse(s), /[。；;，,、：:\s]/);
}

export type SpecialKind = "preface" | "glossary" | "attachment";

export interface SpecialHeading {
  kind: SpecialKind;
  title: string;
  rest: string;
}

/** Unnumbered headings: 前言, 名词解释：, 附件：… */
export function matchSpecialHeading(text: string): SpecialHeading | null {
  const compact = text.replace(/\s+/g, "");
  if (/^(前言|序言|引言|导言)$/.test(compact)) return { kind: "preface", title: compact, rest: "" };
  const g = /^(名词解释|术语解释|词语解释|名词注释)[:：]?(.*)$/.exec(compact);
  if (g) return { kind: "glossary", title: g[1] ?? "名词解释", rest: text.replace(/^[^:：]*[:：]?/, "").trim() };
  const a = /^(附件|附表|附录)(\d{0,2})(?:[:：](.*)|$)/.exec(compact);
  if (a) {
    const rest = text.replace(/^[^:：]*[:：]?/, "").trim();
    return { kind: "attachment", title: (a[1] ?? "附件") + (a[2] ?? ""), rest: a[3] === undefined ? "" : rest };
  }
  return null;
}

const REVIEW_PREFIX = /^(发展基础|基本情况|总体情况|总体进展情况|整体情况|发展现状|现状分析|工作回顾|规划背景|发展环境|形势分析|发展形势|面临形势|现实基础)/;
const REVIEW_SUFFIX = /(取得的?成就|主要成就|发展成就|机遇与挑战|机遇和挑战|形势与挑战|问题与挑战|存在的?问题|面临的?形势)$/;
const STRATEGY = /^(指导思想|基本原则|总体要求|总体思路|发展战略|战略定位|工作原则|发展思路|发展理念)/;
const GOALS = /^(发展目标|主要目标|总体目标|工作目标|预期目标|主要指标|发展指标|目标要求|整改(工作)?目标|(分)?年度目标|阶段目标|具体目标)|^目标任务$/;
/** What a notice asks of every unit at its end (二、办理要求, or 办理要求： over 1. 2., tree-notes.ts). */
/** Requirement chapters a title may open with (工作要求：…, 注意事项…). */
const REQUIREMENT_OPENERS = ["工作要求", "办理要求", "有关要求", "相关要求", "几点要求", "其他要求", "注意事项"];
/** …and those only whole: 督查要求落实情况 is a task, 督查要求 a chapter. */
const REQUIREMENTS_WHOLE = ["整改工作要求", "督办要求", "督查要求", "报送要求"];
const REQUIREMENT_OPENER = `(?:${REQUIREMENT_OPENERS.join("|")})`;
export const REQUIREMENT_WORD = `(?:${[...REQUIREMENT_OPENERS, ...REQUIREMENTS_WHOLE].join("|")})`;
const SAFEGUARDS = new RegExp(
  `^(?:保障措施|保障机制|组织保障|实施保障|组织实施|保障体系|实施步骤|工作步骤|进度安排|时间安排|${REQUIREMENT_OPENER})|^${REQUIREMENT_WORD}$|^(?:考核奖惩|奖惩(?:办法|措施|规定)|考核(?:办法|方式)|附则|联系人|联系方式|联系人及联系方式)$`,
);

/**
 * Non-task headings are recognised by their title alone; the title must be
 * short so that a task such as “加强组织领导” is not mistaken for 组织保障.
 */
export function classifyNonTaskTitle(title: string): PlanTextKind | null {
  const t = trimEndOf(title.replace(/[“”"「」\s]/g, ""), /[。；;，,：:]/);
  if (t.length > 18) return null;
  if (GOALS.test(t)) return "goals";
  if (REVIEW_PREFIX.test(t) || REVIEW_SUFFIX.test(t)) return "review";
  if (STRATEGY.test(t)) return "strategy";
  if (SAFEGUARDS.test(t)) return "safeguards";
  return null;
}
