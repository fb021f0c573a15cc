/**
 * Quantified targets stated in prose: “普惠性幼儿园覆盖率达到92%以上”,
 * “新增幼儿园10所”, “年内创建3-5个党建示范点”, “近视率下降0.5个百分点”.
 *
 * The scan runs on a copy of the text where quoted slogans and document
 * names are masked, so “四个意识”, “5个100%” or 《…2017-2020年》 never
 * produce targets. Years, dates, ordinals (第一) and 文号 are excluded.
 */
import type { Comparator, Target } from "./types";
import { cleanProse, lineAt, maskQuoted, type LinedText } from "./text";
import { parseChineseNumber } from "./numerals";
import { fiveYearPlanYears } from "./period";

export interface TargetContext {
  /** Year meant by 年内 / 今年 / 全年, when the plan has one. */
  currentYear: number | null;
}

export interface MissingValue {
  line: number;
  text: string;
}

// Longest first so 个百分点 wins over 个, 万元 over 元, 人次 over 人.
const UNITS = [
  "个百分点",
  "万平方米",
  "平方米",
  "百分点",
  "万人次",
  "亿元",
  "万元",
  "万人",
  // 新增学位1.5万个, 图书12万册: a count in 万 of things.
  "万个",
  "万名",
  "万张",
  "万册",
  "万件",
  "万户",
  "万份",
  "万套",
  "万台",
  "公里",
  "人次",
  "学时",
  "课时",
  "小时",
  "分钟",
  "个月",
  "%",
  "‰",
  "所",
  "个",
  "名",
  "节",
  "人",
  "元",
  "年",
  "次",
  "天",
  "台",
  "间",
  "堂",
  "项",
  "家",
  "支",
  "座",
  "套",
  "门",
  "场",
  "批",
  "处",
  "条",
  "位",
  "倍",
  "篇",
  "部",
  "册",
  "期",
  "周",
  "班",
  "张",
  "块",
  "辆",
  "亩",
  "件",
  "户",
  "本",
  "届",
  "轮",
  "栋",
  "幢",
];
const UNIT_ALT = UNITS.map((u) => u.replace(/[%]/g, "\\$&")).join("|");
const DASH = "(?:-|—{1,2}|–|－|~|～|至)";
// 1,200 (thousands: an ASCII comma only, since ， is also the clause comma of
// 分别新增600，400个), else at most 15 digits: a bounded run keeps a line of
// digits from costing the regex its square, and no target has more.
const NUMBER = "(?:(?<![\\d.])\\d{1,3}(?:,\\d{3})+|\\d{1,15})(?:\\.\\d+)?";
// 40—45人, and 90%—95% with the unit written twice (group 2, the same unit again: 3个—5年 is no range).
const ARABIC_RE = new RegExp(`(${NUMBER})(?:\\s*(?:(${UNIT_ALT})\\s*)?${DASH}\\s*(${NUMBER})(?=\\s*\\2))?\\s*(${UNIT_ALT})`, "g");
const numberOf = (digits: string) => Number(digits.replaceAll(",", ""));

// How far a target's clause and sentence are looked for around it. A real
// sentence is a few hundred characters; a paragraph of thousands with no 。
// would otherwise be scanned again for each of its targets.
const CLAUSE_WINDOW = 300;
const SENTENCE_WINDOW = 1_000;

// Chinese numerals are only taken after an explicit action verb: without
// that guard “守牢四个百分百”, “两大目标”, “一岗双责” would all look like targets.
const CN_VERBS = "新增|新建|建成|建设|创建|打造|培育|培养|建立|完成|达到|增加|增至|发展|申报|选派|组建|举办|遴选|认定|争创|改扩建|续建|投用";
const CN_UNITS = "所|个|名|项|家|处|座|间|台|场|节|堂";
// “一” is as often an article as a count (建设一支队伍, 打造一个平台); only trust it for countable places/people.
const CN_ONE_UNITS = /^(所|名|座|间|台|节|堂)$/;
/**
 * A share in words: 百分之九十五, 百分之百, and 五成 after the verb that sets it (不少于五成, 达到九成以上), in %.
 * 五成 alone is too often something else to count (形成, 建成 are not numerals, but 三成 of a sentence may be).
 */
const CN_PERCENT_RE =
  /百分之([零〇一二三四五六七八九十]{1,4}|百)|(?<=(?:达到|达|不少于|不低于|超过|提高到|提升到|提高至|提升至)\s*)([一二三四五六七八九])成(?=以上|左右|[，,。；;、\s]|$)/g;
// The object may sit between verb and count (新建党建示范点十所), but only a few characters.
const CN_RE = new RegExp(`(?:${CN_VERBS})[\\u4e00-\\u9fa5]{0,6}?([零〇两一二三四五六七八九十百千万]{1,5})\\s*(${CN_UNITS})`, "g");

const GE_SUFFIX = /^\s*(及以上|或以上|以上)/;
const LE_SUFFIX = /^\s*(及以下|或以下|以下|以内|之内)/;
/** The words and signs before a figure that say how it is compared (不低于95%, 控制在10%); an indicator cell reads them too. */
export const COMPARATOR_WORDS =
  "大于或等于|小于或等于|大于等于|小于等于|不低于|不少于|不小于|不高于|不超过|不多于|不大于|至少|超过|高于|大于|多于|低于|少于|小于|控制在|≥|≤|>=|<=|＞|＜|>|<";
const PREFIX_WORDS = new RegExp(`(${COMPARATOR_WORDS})`, "g");
const GE_WORDS = new Set(["大于或等于", "大于等于", "不低于", "不少于", "不小于", "至少", "超过", "高于", "大于", "多于", "≥", ">=", "＞", ">"]);

/** The comparator a word of COMPARATOR_WORDS states. */
export function comparatorOfWord(word: string): Comparator {
  return GE_WORDS.has(word) ? ">=" : "<=";
}
const DOWN = /(下降|降低|减少|减小|压减|缩小|回落)\s*$/;
const UP = /(提高|提升|增加|增长|上升|扩大)\s*$/;
const DOWN_TO = /(?:下降|降低|降|减少|减|压减|压缩|缩减|缩小)(?:至|到)\s*$/;
const YEAR_VERB = /(达到|提高到|提高至|增加到|增加至|增长到|提升到|提升至|延长到|延长至|不低于|不少于|超过)\s*$/;

/** Start of the clause (after ，；。etc.) that contains `index`, on masked text. */
function clauseBounds(masked: string, index: number, end: number): [number, number] {
  let s = index;
  const sMin = Math.max(0, index - CLAUSE_WINDOW);
  while (s > sMin && !/[，,；;。！？!?：:\n]/.test(masked[s - 1] ?? "")) s--;
  let e = end;
  const eMax = Math.min(masked.length, end + CLAUSE_WINDOW);
  while (e < eMax && !/[，,；;。！？!?：:\n]/.test(masked[e] ?? "")) e++;
  return [s, e];
}

function sentenceStart(masked: string, index: number): number {
  let s = index;
  const min = Math.max(0, index - SENTENCE_WINDOW);
  while (s > min && !/[；;。！？!?\n]/.test(masked[s - 1] ?? "")) s--;
  return s;
}

/**
 * The year a target refers to: nearest 到2027年 / 到“十四五”末 / 年内 cue before it.
 * `titlesMasked`: the text with only 《…》 masked (a cue may sit in quotes: 到“十四五”末).
 */
function yearFor(titlesMasked: string, from: number, to: number, ctx: TargetContext): number | null {
  const own = cueYear(titlesMasked.slice(from, to), ctx);
  if (own.cue) return own.year;
  // 到2027年，A达到95%；B达到55%；新建6所。: a year that opens the sentence governs the clauses
  // after its semicolons too, when they name none. Only a year ahead (到…年, 到“十四五”末), never the
  // 2020年，… a sentence starts from; and never past 。 (建成3所。新增学位500个。 may be another year's).
  let sentenceOpen = from;
  while (sentenceOpen > 0 && sentenceOpen > from - SENTENCE_WINDOW && !/[。！？!?\n]/.test(titlesMasked[sentenceOpen - 1] ?? "")) sentenceOpen--;
  const lead = cueYear(titlesMasked.slice(sentenceOpen, from), ctx);
  return lead.cue && lead.ahead ? lead.year : null;
}

/** Words that go from a year straight to its value: 2025年达到95%. */
const VALUE_VERBS = "达到|达|提高到|提升到|增加到|稳定在|保持在|控制在|降至|降低到|下降到|力争";

/** A list item's marker before a clause: （2）, ②, 1、, 1. (not the 1. of 1.5万). */
const ITEM_MARKER = String.raw`(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[①-⑳]|\d{1,2}、|\d{1,2}[.．](?=\D|(?:19|20)\d{2}年))`;

const YEAR_CUE = new RegExp(
  String.raw`(?:到|至)\s*(\d{4})\s*年|(\d{4})\s*年\s*(?:底|末|前|年底)|(\d{4})\s*年\s*[，,：:]|十([一二三四五六七八九])五[”"]?\s*(?:末|期末|时期末)|(年内|今年|本年度|本年|全年)|(每年|每学年|每学期|每月|每周|逐年)|(\d{4})\s*年\s*(?=\d{1,2}\s*月|${VALUE_VERBS})|(?<=(?:^|[，,；;])\s*${ITEM_MARKER}?)\s*((?:19|20)\d{2})\s*年(?![度底末]|以来|起|开始|以前|前)`,
  "g",
);

/** The last year cue of `segment`: its year (null for 每年), and whether it looks ahead (到2027年). */
function cueYear(segment: string, ctx: TargetContext): { cue: boolean; year: number | null; ahead: boolean } {
  let out = { cue: false, year: null as number | null, ahead: false };
  for (const m of segment.matchAll(YEAR_CUE)) {
    // 2025年达到95%, 2025年6月底前完成: the year the clause is about.
    // …，2026年高中阶段毛入学率达到92%: a year that opens a clause (or its list item: （2）2026年…, ②2027年…) is that clause's.
    // A past year opening a clause states where things stand (2020年全县…为85%): no cue.
    if (m[8] && ctx.currentYear !== null && Number(m[8]) < ctx.currentYear) continue;
    if (m[7] || m[8]) out = { cue: true, year: Number(m[7] ?? m[8]), ahead: true };
    else if (m[1] || m[2] || m[3]) out = { cue: true, year: Number(m[1] ?? m[2] ?? m[3]), ahead: Boolean(m[1]) };
    else if (m[4]) out = { cue: true, year: fiveYearPlanYears(10 + (parseChineseNumber(m[4]) ?? 0))?.endYear ?? null, ahead: true };
    else if (m[5]) out = { cue: true, year: ctx.currentYear, ahead: false };
    else out = { cue: true, year: null, ahead: false };
  }
  return out;
}

/**
 * 到2027年，全县教育现代化水平显著提升。具体目标如下：: a paragraph that looks ahead to a year and
 * ends by introducing a list. The goals listed after it are that year's.
 */
export function introducedYear(text: string, ctx: TargetContext): number | null {
  if (!/[：:]\s*$/.test(text)) return null;
  const cue = cueYear(maskQuoted(text, "《》"), ctx);
  return cue.cue && cue.ahead ? cue.year : null;
}

/** Sign of the last 下降/提高-type verb in `text`: -1, +1, or 0 when there is none. */
function lastChangeSign(text: string): number {
  let sign = 0;
  for (const m of text.matchAll(/(下降|降低|减少|减小|压减|缩小|回落)|(提高|提升|增加|增长|上升|扩大)/g)) sign = m[1] ? -1 : 1;
  return sign;
}

function comparatorFor(masked: string, clauseStart: number, start: number, end: number, unit: string) {
  const before = masked.slice(clauseStart, start);
  const after = masked.slice(end, end + 4);
  if (unit === "个百分点" || unit === "百分点") {
    const sign = lastChangeSign(before);
    if (sign !== 0) return { comparator: "change" as Comparator, sign };
  }
  // “增长10%” is a change, “提高至95%” is a level: only a verb right before the number counts.
  if (unit === "%" && (DOWN.test(before) || UP.test(before))) {
    return { comparator: "change" as Comparator, sign: DOWN.test(before) ? -1 : 1 };
  }
  // 降低至10% / 压减至30所 / 降到45人: a level to come down to, at most.
  if (DOWN_TO.test(before)) return { comparator: "<=" as Comparator, sign: 1 };
  if (GE_SUFFIX.test(after)) return { comparator: ">=" as Comparator, sign: 1 };
  if (LE_SUFFIX.test(after)) return { comparator: "<=" as Comparator, sign: 1 };
  const words = [...before.matchAll(PREFIX_WORDS)];
  const last = words[words.length - 1]?.[1];
  if (last) return { comparator: comparatorOfWord(last), sign: 1 };
  return { comparator: "=" as Comparator, sign: 1 };
}

// “覆盖率从2020年的85.2%提高到2025年的86%”: the first value is where it starts, not a target.
// 由每生每年1000元提高到1500元: a rate per head written between 由 and the number.
const FROM_BEFORE = /(?:从|由)\s*(?:\d{4}\s*年(?:底|末)?\s*的?)?\s*(?:每(?:生|人|名|校|所|班|年|月|学年|学期|天|日)){0,2}\s*$/;
const TO_AFTER = /^\s*(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|压减|缩小)(?:到|至)/;

function isBaseline(masked: string, start: number, end: number): boolean {
  return FROM_BEFORE.test(masked.slice(Math.max(0, start - 16), start)) && TO_AFTER.test(masked.slice(end, end + 8));
}

function isExcluded(masked: string, start: number, end: number, value: number, max: number | null, unit: string): boolean {
  // Enough before the number for a verb (YEAR_VERB) after any spaces.
  const prev = masked.slice(Math.max(0, start - 24), start).replace(/\s+$/, "");
  const prevCh = prev.slice(-1);
  if (/[0-9A-Za-z.．]/.test(prevCh)) return true;
  if (prevCh === "第" || prevCh === "〔" || prevCh === "[") return true;
  const next = masked.slice(end, end + 1);
  if (/[号届A-Za-z]/.test(next)) return true;
  // 2,000个 is a count: a year is never written with a separator.
  const written = masked.slice(start, end);
  const yearLike = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100 && !written.includes(",");
  if (yearLike(value) || (max !== null && yearLike(max))) return true;
  // A bare "5年" is a duration or a period, not a target, unless a verb asks for it.
  if (unit === "年" || unit === "个月" || unit === "周") return !YEAR_VERB.test(prev);
  if (unit === "期" && /[第本]$/.test(prev)) return true;
  // 15分钟教育服务圈, 课间15分钟: a span of time is a target only when a comparator asks for it (不超过60分钟, 30分钟以上).
  if (unit === "分钟") {
    const after = masked.slice(end, end + 4);
    return !(TIME_ASKED.test(prev) || GE_SUFFIX.test(after) || LE_SUFFIX.test(after));
  }
  // 56人以上大班额, 2000人以上规模学校, 1000人以上学校: the size that defines what is counted, not a target.
  if ((unit === "人" || unit === "名") && sizeDefinition(masked.slice(end, end + 16))) return true;
  // 15个工作日内, 3天内办结: how long something may take, not a figure to reach.
  if (/^(?:个|天|日)$/.test(unit) && DURATION_AFTER.test(masked.slice(end, end + 6))) return true;
  if (unit === "小时" && /^\s*(?:之)?内/.test(masked.slice(end, end + 3))) return true;
  // 每降低1个百分点扣1分 (a scoring rule), 每增加1名: a rate per step, not a target.
  if (PER_STEP.test(prev)) return true;
  // 占地面积12000平方米, 其中中央资金1500万元: what the project is, or a share of its total, not what is
  // to be done (完成建筑面积… is). A total investment stays a target, reported against as it is spent.
  if (DESCRIBED.test(prev) && !DONE_VERB.test(prev.slice(prev.search(/[^，,；;。]*$/)))) return true;
  return false;
}

const DURATION_AFTER = /^(?:个)?(?:工作日|自然日|日|天|月|学期|学年|星期)?\s*(?:之)?内/;
const PER_STEP = /每(?:降低|低|少|减少|增加|提高|超过|下降|多|高|上升|超出|缺)\s*$/;
const DESCRIBED = /(?:(?:占地|建筑|用地|总建筑|绿化|规划)面积|其中[^，,；;。]{0,12}(?:资金|经费|投资))\s*(?:约|为|达)?\s*$/;
const DONE_VERB = /完成|争取|落实|到位|拨付|筹措|下达|支付|投入(?!使用)/;

/** A comparator (PREFIX_WORDS) or a verb that asks for a span of time, right before it. */
const TIME_ASKED = new RegExp(`(?:${PREFIX_WORDS.source}|达到|缩短到|缩短至|延长到|延长至)$`);
const SIZE_DEFINITION =
  /^\s*(?:及|或)?以[上下]的?(?:超)?(?:大班额|班额|班级|大班|规模|大校|学校|校车|幼儿园|中小学(?:校(?!长))?|寄宿制学校|寄宿制|机构|单位|场所)/;
/** …who the count is of, when the institution only says where they work (100名以上幼儿园教师). */
const PEOPLE_OF = /^(?:的)?(?:专任|骨干|生活|保育)?(?:教师|老师|校长|园长|学生|幼儿|人员|干部|职工|家长|保育员|保安|班主任|校医)/;

/** 56人以上大班额, 1000人以上学校: the size that defines what is counted; 100名以上幼儿园教师 counts people. */
function sizeDefinition(after: string): boolean {
  const m = SIZE_DEFINITION.exec(after);
  return m !== null && !PEOPLE_OF.test(after.slice(m[0].length));
}

// “对接收5名以上残疾儿童随班就读的学校设立资源教室”: a count inside a 对/对于/凡 … 的
// phrase says whom a measure applies to; it is a condition, not a target.
// (对标 / 对照 open a comparison, not such a phrase.)
const CONDITION_OPENER = /^(?:对于|对(?![标照])|凡)/;

function isCondition(masked: string, clauseStart: number, start: number, end: number, clauseEnd: number): boolean {
  return CONDITION_OPENER.test(masked.slice(clauseStart, start).trimStart()) && masked.slice(end, clauseEnd).includes("的");
}

// “教师5年360学时培训完成率达到100%”, “7项指标校际差异系数小学均小于或等于0.50”: a count inside the name of a rate or a coefficient (…培训完成率,
// …学校比例) that the clause then sets (达到100%) describes what is measured; it is part
// of the name, not a target. Only a rate's name, and only one with no verb in it: 新建幼儿园
// 3所使覆盖率达到92% keeps its 3所, 建成学校5所达到2023年省定标准 its 5所.
const LATER_VALUE =
  /^(?:(?!使|将|并|让|确保|推动|实现|达到)[^，,；;。！？!?：:、\n]){0,24}?(?:(?:率|比例|占比)\s*|(?:系数|指数)[\u4e00-\u9fa5]{0,4}?均?)(?:达到|提高到|提高至|提升到|提升至|增加到|增加至|增长到|保持在|稳定在|控制在|不低于|不少于|不高于|不超过|小于或等于|小于等于|低于|小于|降至)\s*(?!\d{4}\s*年)\d/;

const SETS = "(?:降至|降到|降低到|降低至|控制在|不高于|不超过|小于或等于|小于等于|低于|小于|不低于|达到|保持在|稳定在|提高到|提升到)";
/**
 * Figures with no unit: a coefficient set to a decimal (小学综合差异系数降至0.45以下) and a ratio written
 * 19:1 (生师比控制在19:1以内), as an indicator table's cell reads it.
 */
/** A decimal no unit follows: the coefficient itself, not 0.5倍 or 1.2万元. */
const NO_UNIT_AFTER = "(?![\\d.]|\\s*(?:倍|分|%|％|‰|个|元|万|亿|名|人|所|项|次))";
const UNITLESS_RE = new RegExp(
  `(?:系数|指数)(?:[\\u4e00-\\u9fa5]{1,4}?均|(?!分别)[\\u4e00-\\u9fa5]{0,4}?)\\s*${SETS}\\s*(\\d+\\.\\d+)${NO_UNIT_AFTER}|比\\s*${SETS}\\s*(\\d+(?:\\.\\d+)?)\\s*[:：]\\s*1(?!\\d)` +
    // …差异系数小学均小于或等于0.50、初中均小于或等于0.45: the next group's figure in the same list.
    `|(?<=(?:系数|指数)[^。；;，,\\n]{0,40}、[\\u4e00-\\u9fa5]{1,6}?)${SETS}\\s*(\\d+\\.\\d+)${NO_UNIT_AFTER}`,
  "g",
);

/** A clause that opens with its year and goes straight on to the value (2025年达到95%) names no indicator of its own. */
const YEAR_FIRST = new RegExp(String.raw`^\d{4}\s*年\s*(?:${VALUE_VERBS})`);
/** …and one that names it before its year (学前三年毛入园率到2024年达到93%): the name. */
const SUBJECT_BEFORE_YEAR = /^([\u4e00-\u9fa5（）()“”]{2,20}?)(?:到|至)?\s*\d{4}\s*年/;

/**
 * 学前三年毛入园率到2024年达到93%，2025年达到95%，2026年稳定在96%以上: the later clauses are the same
 * indicator's, in later years. They are named with the first clause's subject, so the indicator each
 * becomes says what it measures (学前三年毛入园率2025年达到95%); never across ；/。 (公办园占比…, another one).
 */
function withCarriedSubjects(found: { offset: number; target: Target }[], masked: string): Target[] {
  let subject: string | null = null;
  let from = 0;
  return found.map(({ offset, target }) => {
    if (/[；;。！？!?\n]/.test(masked.slice(from, offset))) subject = null;
    from = offset;
    if (YEAR_FIRST.test(target.text)) return subject ? { ...target, text: `${subject}${target.text}` } : target;
    subject = SUBJECT_BEFORE_YEAR.exec(target.text)?.[1] ?? null;
    return target;
  });
}

/** 48个班规模小学 / 1000人规模 / 新建9个班幼儿园: the size of what is built, not a figure to reach. */
const SIZE_OF = /^(?:个?班)?规模|^个?班(?:的|制)?(?:公办|民办)?(?:幼儿园|小学|初中|中学|高中|学校|九年一贯制|十二年一贯制|完全中学)/;

/** （2）2026年招聘…, ②…, 1.2025年…: the list item's marker is not part of the target's words (1.5万 is a number). */
const OPENING_MARKER = new RegExp(String.raw`^${ITEM_MARKER}\s*`);

/** Names listed before 均 / 都 and the verb they share (…率、…率均达到). */
const SHARED_VALUE = /^(.+?)(均|都|全部|全都)(达到|达|为|不低于|不少于|保持在|稳定在|提高到|提升到|控制在)?\s*$/;
/** One of those names: a few words, no figure or clause of its own. */
const SHARED_NAME = /^[^\d，,；;。：:]{2,24}$/;

export function extractTargets(t: LinedText, ctx: TargetContext): { targets: Target[]; missing: MissingValue[] } {
  const original = t.text;
  const masked = maskQuoted(original);
  const titlesMasked = maskQuoted(original, "《》");
  const found: { offset: number; target: Target }[] = [];

  const push = (start: number, end: number, value: number, max: number | null, unit: string) => {
    const [cs, ce] = clauseBounds(masked, start, end);
    if (isCondition(masked, cs, start, end, ce) || LATER_VALUE.test(masked.slice(end, ce)) || SIZE_OF.test(masked.slice(end, end + 4))) return;
    const { comparator, sign } = max !== null ? { comparator: "range" as Comparator, sign: 1 } : comparatorFor(masked, cs, start, end, unit);
    let [ts, te] = [cs, ce];
    const clause = masked.slice(cs, ce);
    if (clause.includes("、")) {
      // “新建中小学1所、续建11所、投用1所”: narrow the text to this item.
      ts = start;
      while (ts > cs && masked[ts - 1] !== "、") ts--;
      te = end;
      while (te < ce && masked[te] !== "、") te++;
    }
    const target: Target = {
      text: cleanProse(original.slice(ts, te)).replace(OPENING_MARKER, ""),
      value: comparator === "change" ? sign * value : value,
      unit,
      comparator,
      year: yearFor(titlesMasked, sentenceStart(masked, start), start, ctx),
      line: lineAt(t, start),
    };
    if (max !== null) {
      target.min = Math.min(value, max);
      target.max = Math.max(value, max);
      target.value = target.min;
    }
    // 专职保安配备率、封闭化管理率、护学岗设置率均达到100%: the value is each name's.
    const shared = SHARED_VALUE.exec(masked.slice(cs, start));
    const names = shared?.[1]?.split("、").map((n) => n.trim());
    if (shared && names && names.length > 1 && names.every((n) => SHARED_NAME.test(n))) {
      const said = `${shared[3] ?? ""}${cleanProse(original.slice(start, te))}`;
      for (const name of names) found.push({ offset: start, target: { ...target, text: `${name.replace(OPENING_MARKER, "")}${said}` } });
      return;
    }
    found.push({ offset: start, target });
  };

  for (const m of masked.matchAll(ARABIC_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const value = numberOf(m[1] ?? "");
    const max = m[3] !== undefined ? numberOf(m[3]) : null;
    const unit = m[4] ?? "";
    if (!Number.isFinite(value) || isExcluded(masked, start, end, value, max, unit) || isBaseline(masked, start, end)) continue;
    if (unit === "个月") continue;
    push(start, end, value, max, unit);
  }
  for (const m of masked.matchAll(CN_RE)) {
    const numText = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(numText);
    const end = (m.index ?? 0) + m[0].length;
    const value = parseChineseNumber(numText);
    if (value === null || value === 0) continue;
    if (value === 1 && !CN_ONE_UNITS.test(m[2] ?? "")) continue;
    push(start, end, value, null, m[2] ?? "");
  }

  for (const m of masked.matchAll(CN_PERCENT_RE)) {
    const value = m[1] ? parseChineseNumber(m[1]) : (parseChineseNumber(m[2] ?? "") ?? 0) * 10;
    if (!value) continue;
    push(m.index ?? 0, (m.index ?? 0) + m[0].length, value, null, "%");
  }

  for (const m of masked.matchAll(UNITLESS_RE)) {
    const figure = m[1] ?? m[2] ?? m[3] ?? "";
    const start = (m.index ?? 0) + m[0].lastIndexOf(figure);
    push(start, (m.index ?? 0) + m[0].length, Number(figure), null, m[2] ? ":1" : "");
  }

  const missing: MissingValue[] = [];
  // “平均受教育年限增加到 年” — the number fell out of the source; say so.
  const gap = new RegExp(`(达到|增加到|提高到|提高至|增至|不低于|不少于|控制在)\\s*(${UNIT_ALT})(?=[。，；,;！？\\s]|$)`, "g");
  for (const m of masked.matchAll(gap)) {
    const start = m.index ?? 0;
    const [cs, ce] = clauseBounds(masked, start, start + m[0].length);
    missing.push({ line: lineAt(t, start), text: cleanProse(original.slice(cs, ce)) });
  }

  found.sort((a, b) => a.offset - b.offset);
  return { targets: dedupe(withCarriedSubjects(found, masked)), missing };
}

function dedupe(targets: Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const k = `${t.text}|${t.value}|${t.unit}|${t.comparator}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
