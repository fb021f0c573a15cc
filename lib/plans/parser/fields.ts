/**
 * Field labels inside a task: 目标任务：/工作举措：/责任领导：/牵头单位：…
 * Labels may use a full- or half-width colon, may be wrapped in 【】, and
 * 责任/牵头/配合 labels may also appear inline at the end of a paragraph
 * (“…。（牵头单位：县教体局；配合单位：县财政局）”). A county bureau's offices
 * are 股室 (牵头股室：…), a city's 处室.
 */
import { namesDeadline, startsWithDeadline } from "./deadlines";
import { STATUS_LABELS } from "./stated-status";
import { looksLikeOrgName, looksLikePersonName, looksLikeUnitName } from "./names";
import { COOPERATE_WORDS, LEAD_WORDS, roleOfWord, ROLE_WORDS } from "./role-words";
import type { UnitRole } from "./types";
import { trimEndOf } from "./text";

/**
 * status: what a 整改清单 states of a row (整改状态：已完成), read by stated-status.ts;
 * problem: what is wrong (问题描述：参与率仅为41.3%), kept with the task but never its targets.
 */
export type FieldKind = "goal" | "measures" | "leaders" | "units" | "deadline" | "status" | "problem";

export interface FieldDef {
  kind: FieldKind;
  role?: UnitRole;
}

const DEFS: [string[], FieldDef][] = [
  [["目标任务", "工作目标", "任务目标", "目标要求", "预期目标", "整改目标", "年度目标", "建设目标", "目标"], { kind: "goal" }],
  [
    [
      "工作举措",
      "整改措施",
      "整改举措",
      "办理要求",
      "督办要求",
      "整改要求",
      "具体内容",
      "具体措施",
      "主要措施",
      "工作措施",
      "推进措施",
      "重点措施",
      "实施举措",
      "具体举措",
      "主要举措",
      "措施",
      "举措",
      "工作内容",
      "主要内容",
      "督办内容",
      "督查内容",
      "办理内容",
    ],
    { kind: "measures" },
  ],
  [
    [
      "责任领导",
      "分管领导",
      "牵头领导",
      "包抓领导",
      "负责领导",
      "联系领导",
      "主管领导",
      "责任人",
      "分管局领导",
      "局领导",
      "督办领导",
      "督办责任领导",
      "协管领导",
      "协管局领导",
      // 谭卫东，教研室: the leader and the office in one field (officesBeforeNames keeps the office a unit).
      "责任领导及单位",
      "责任领导及责任单位",
      "责任领导及科室",
      "牵头领导及单位",
      "分管领导及科室",
      "具体责任人",
      "主要负责人",
      "负责人",
      "具体负责人",
    ],
    { kind: "leaders" },
  ],
  [
    [
      "牵头单位",
      "牵头部门",
      "主责单位",
      "主办单位",
      "牵头科室",
      "牵头股室",
      "牵头处室",
      "主办股室",
      "主办科室",
      "主责科室",
      "主责股室",
      "主责部门",
      "主责处室",
    ],
    { kind: "units", role: "lead" },
  ],
  [
    [
      "配合单位",
      "配合部门",
      "协办单位",
      "协同单位",
      "参与单位",
      "协助单位",
      "配合科室",
      "配合股室",
      "配合处室",
      "协办股室",
      "协办科室",
      "协办处室",
      "参与科室",
      "参与股室",
      "参与部门",
      "协同科室",
      "协同股室",
      "协同部门",
    ],
    { kind: "units", role: "cooperate" },
  ],
  [
    [
      "责任单位",
      "责任部门",
      "责任科室",
      "责任股室",
      "责任处室",
      "承办单位",
      "承办股室",
      "承办科室",
      "承办处室",
      "承办部门",
      "实施单位",
      "负责单位",
      "落实单位",
      "落实部门",
      "责任主体",
      "具体承办",
      "具体承办单位",
      "具体负责单位",
      "执行单位",
    ],
    { kind: "units", role: "responsible" },
  ],
  [STATUS_LABELS, { kind: "status" }],
  [
    ["问题", "存在问题", "存在的问题", "反馈问题", "整改问题", "问题表现", "问题描述", "具体表现", "主要表现", "主要问题", "具体问题", "问题现状"],
    { kind: "problem" },
  ],
  [
    [
      "完成时限",
      "完成时间",
      "完成期限",
      "整改时限",
      "办结时限",
      "时间节点",
      "时限要求",
      "进度安排",
      "时间安排",
      "时间要求",
      "办理时限",
      "截止时间",
      "截止日期",
      "计划完成时间",
      "完成时间节点",
      "完成节点",
      "进度要求",
      // 推进节点：（1）4月底前完成排查；（2）7月底前完成加固: stages (stages.ts).
      "推进节点",
      "工作节点",
      "关键节点",
      // Bare, as a school's 计划 writes them after the units (责任科室：人事科 时间：12月).
      "时间",
      "时限",
    ],
    { kind: "deadline" },
  ],
];

const BY_LABEL = new Map<string, FieldDef>();
for (const [labels, def] of DEFS) for (const l of labels) BY_LABEL.set(l, def);

export function fieldForLabel(label: string): FieldDef | null {
  return BY_LABEL.get(label.replace(/\s+/g, "")) ?? null;
}

export interface LabelLine {
  label: string;
  def: FieldDef;
  value: string;
}

/** A line that starts with a known label: "责任单位：教育党工委 各支部". */
export function matchLabelLine(text: string): LabelLine | null {
  const m = /^[【\[]?\s*([\u4e00-\u9fa5][\u4e00-\u9fa5 ]{0,8}?)\s*[】\]]?\s*[:：]\s*(.*)$/.exec(text);
  const bracketed = /^[【\[]\s*([\u4e00-\u9fa5 ]{2,8})\s*[】\]]\s*(.*)$/.exec(text);
  for (const hit of [m, bracketed]) {
    if (!hit) continue;
    const label = (hit[1] ?? "").replace(/\s+/g, "");
    const def = fieldForLabel(label);
    if (def) return { label, def, value: (hit[2] ?? "").trim() };
  }
  return bareRoleLine(text);
}

const BARE_ROLE_LINE = /^(牵头|配合)\s*[:：]\s*(\S.*)$/;

/**
 * 牵头：基础教育股 / 配合：计财股、督导室 on a line of their own: the role word alone as the label,
 * read as 牵头单位 / 配合单位 only when every name after it is an office's (looksLikeOrgName:
 * 配合：做好宣传, 配合：各学校组织学生参加 stay prose).
 */
function bareRoleLine(text: string): LabelLine | null {
  const m = BARE_ROLE_LINE.exec(text.trim());
  if (!m) return null;
  const names = m[2]!.split(/[、，,；;\s]+/).filter(Boolean);
  if (names.length === 0 || !names.every(looksLikeOrgName)) return null;
  const label = shortLabel(m[1]!);
  return { label, def: fieldForLabel(label)!, value: m[2]!.trim() };
}

const INLINE_LABELS = DEFS.filter(([, d]) => d.kind === "leaders" || d.kind === "units" || d.kind === "deadline")
  .flatMap(([labels]) => labels)
  .sort((a, b) => b.length - a.length);
// 牵头单位：… or 【牵头单位】… (a label in 【】 needs no colon).
const INLINE_RE = new RegExp(`[（(【\\[]?\\s*(${INLINE_LABELS.join("|")})\\s*[:：]|【\\s*(${INLINE_LABELS.join("|")})\\s*】`, "g");

export interface InlineField {
  label: string;
  def: FieldDef;
  value: string;
}

/**
 * Pull 责任/牵头/配合 assignments out of running prose. Returns the prose with
 * those parts removed. Only role/deadline labels are taken inline: a goal or
 * measures label mid-sentence is ordinary wording.
 */
export function extractInlineFields(input: string): { text: string; fields: InlineField[] } {
  const closing = closingFields(input);
  const items = itemUnits(input);
  return items.length ? { text: closing.text, fields: [...items, ...closing.fields] } : closing;
}

/** Where a paragraph's next 二是 / 三是 item starts, after the one before it closed. */
const NEXT_ITEM = /(?<=[。；;])\s*(?=[二三四五六七八九十]是)/;

/**
 * 一是健全考核机制（人事科负责）；二是开展主题教育，由督导室牵头；三是…: each item before the last says
 * who does it as a paragraph's close would. Their units are the task's too; the item keeps its
 * words (a date in its bracket dates that item, not the task). The last item's close is the paragraph's.
 */
function itemUnits(text: string): InlineField[] {
  const items = text.split(NEXT_ITEM);
  if (items.length < 2) return [];
  return items.slice(0, -1).flatMap((item) => closingFields(item.trim()).fields.filter((f) => f.def.kind === "units"));
}

function closingFields(input: string): { text: string; fields: InlineField[] } {
  const text = labelRoles(input);
  // A later label counts only after a separator: in “校长为第一责任人：负总责” the 责任人 is prose.
  const hits = [...text.matchAll(INLINE_RE)].filter(
    (h, i) => i === 0 || /^[\s（(【[]/.test(h[0]) || /[；;，,。\s】\])）]/.test(text[(h.index ?? 0) - 1] ?? ""),
  );
  if (hits.length === 0) return { text, fields: [] };
  const fields: InlineField[] = [];
  let cut = text.length;
  let kept = "";
  const first = hits[0];
  if (!first || first.index === undefined) return { text, fields: [] };
  // Only a label that starts a sentence or a bracket counts; otherwise it is prose.
  const before = text.slice(0, first.index);
  if (before && !/[。；;！？\s（(【\[]$/.test(before) && !/^[（(【\[]/.test(first[0])) return { text, fields: [] };
  kept = before;
  cut = first.index;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h || h.index === undefined || h.index < cut) continue;
    const next = hits[i + 1];
    const end = next?.index ?? text.length;
    let value = text.slice(h.index + h[0].length, end);
    const close = unopenedClose(value);
    const tail = close >= 0 ? value.slice(close + 1) : "";
    if (close >= 0) value = value.slice(0, close);
    const label = h[1] ?? h[2] ?? "";
    const def = fieldForLabel(label);
    if (def) fields.push(...withDeadlineApart({ label, def, value: trimEndOf(value, /[；;。，,\s]/).trim() }));
    if (tail.trim()) kept += tail;
    cut = end;
  }
  return { text: kept.trim(), fields };
}

/** Where the bracket around a label's value closes: the first close it did not open itself (酒钢（集团）公司）). */
function unopenedClose(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if ("（(【[".includes(ch)) depth++;
    else if ("）)】]".includes(ch)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

// “（市教体局牵头，市发改局、市财政局配合）”, “（县教体局负责）”, “（各股室按职责分工负责）”:
// the roles said by a verb after the units, with no label. Each piece of the
// bracket must be units and such a verb (or a date), or the bracket is prose.
const ROLE_VERBS: [RegExp, string][] = [
  [new RegExp(`^(.+?)(?:负责牵头|牵头负责|${LEAD_WORDS})$`), "牵头单位"],
  [new RegExp(`^(.+?)(?:${COOPERATE_WORDS})$`), "配合单位"],
  [/^(.+?)(?:按职责分工负责|按职责分工落实|按职责负责|分别负责|共同负责|具体负责|负责落实|负责|落实|具体实施|组织实施|实施|承办)$/, "责任单位"],
];
// （牵头：基教股；配合：教研室；时限：2025年12月）: the labels cut short, read only in a closing bracket.
/** The label a cut-short one stands for: the role words (role-words.ts), 责任, and 时限 / 时间. */
function shortLabel(word: string): string {
  if (word === "责任") return "责任单位";
  if (word === "时限" || word === "时间") return "完成时限";
  return roleOfWord(word) === "lead" ? "牵头单位" : "配合单位";
}
const SHORT_LABEL = new RegExp(`^(${ROLE_WORDS}|责任|时限|时间)\\s*[:：]\\s*(\\S.*)$`);
const ROLE_BRACKET = /[（(]([^（）()]{2,150})[）)]\s*[。；;]?\s*$/;

/** …，由县教育局牵头，县财政局配合。 / 此项工作由基础教育股负责。: the roles at the paragraph's end, said as a sentence. */
const BY_CLAUSE =
  /(^|[，,。；;])\s*(?:此项工作|该项工作|本项工作|具体工作)?由([^，,。；;（）()由]{2,80}?(?:牵头|负责|落实|实施|承办)(?:[，,][^，,。；;（）()]{2,80}?(?:配合|协助|参与|具体落实|具体实施|负责落实))?)\s*[。；;]?\s*$/;
/** …承包情况，由区教育局牵头，区市场监管局、区财政局配合，6月底前全部收回…: the same roles inside the sentence. */
const MID_BY_CLAUSE = /[，,]\s*由([^，,。；;（）()由]{2,40}?(?:牵头|负责)(?:[，,][^，,。；;（）()]{2,60}?(?:配合|协助|参与))?)[，,]/;

/**
 * The roles a paragraph closes with, written as labels: a closing 由… clause read as the bracket it
 * stands for, when that bracket names offices; otherwise the paragraph's own closing bracket.
 */
function labelRoles(text: string): string {
  const m = BY_CLAUSE.exec(text);
  if (!m || m.index === undefined) return withMidClauseRoles(text);
  // 组建教育集团3个，由…负责。: the sentence ends where the clause began.
  const sentence = text.slice(0, m.index) + (/[，,]/.test(m[1] ?? "") ? "。" : (m[1] ?? ""));
  const bracket = `${sentence}（${m[2]}）`;
  const labelled = labelRoleBracket(bracket);
  return labelled === bracket ? labelRoleBracket(text) : labelled;
}

/**
 * A paragraph with no roles at its close may say them mid-sentence (…，由A牵头，B配合，6月底前…): read as
 * the bracket they stand for, when it names offices; the sentence keeps its words.
 */
function withMidClauseRoles(text: string): string {
  const closed = labelRoleBracket(text);
  const m = closed === text ? MID_BY_CLAUSE.exec(text) : null;
  if (!m) return closed;
  const bracketed = `${text.trimEnd()}（${m[1]}）`;
  const labelled = labelRoleBracket(bracketed);
  return labelled === bracketed ? text : labelled;
}

function labelRoleBracket(text: string): string {
  const m = ROLE_BRACKET.exec(text);
  if (!m || m.index === undefined) return text;
  // 。（竞训科，2025年10月）: after a full sentence, offices alone (no verb) are who does it.
  const afterSentence = /(^|[。；;！!])\s*$/.test(text.slice(0, m.index));
  const labelled: string[] = [];
  for (const piece of (m[1] ?? "").split(/[，,；;]/).map((p) => p.trim())) {
    if (!piece) continue;
    const short = SHORT_LABEL.exec(piece);
    // （由安全科、电教中心负责，…）: 由 only opens the units.
    const role = ROLE_VERBS.map(([re, label]) => ({ hit: re.exec(piece.replace(/^由(?=\S)/, "")), label })).find((r) => r.hit);
    const units = role?.hit?.[1]?.replace(/(按职责分工|按职责|分别|共同|具体)$/, "");
    const last = labelled[labelled.length - 1];
    const named = afterSentence ? officesAndPeople(piece) : null;
    if (short) labelled.push(`${shortLabel(short[1] ?? "")}：${short[2]}`);
    // （责任人：王建平；时限：2025年6月）: a whole label beside a short one.
    else if (matchLabelLine(piece)) labelled.push(piece);
    else if (role && units && units.split("、").every(looksLikeOrgName)) labelled.push(`${role.label}：${units}`);
    // 时限：2025年起，长期坚持: the rest of the deadline after its comma.
    else if (last?.startsWith("完成时限：") && namesDeadline(piece)) labelled[labelled.length - 1] = `${last}，${piece}`;
    else if (labelled.length > 0 && namesDeadline(piece)) labelled.push(`完成时限：${piece}`);
    // 配合单位：基础教育科，洪庆街道、狄寨街道: offices after a comma go on the label's list.
    else if (last && UNITS_LABELLED.test(last) && piece.split("、").every(looksLikeOrgName)) labelled[labelled.length - 1] = `${last}、${piece}`;
    // （杜海燕 基础教育科）: a person and an office apart by a space are not one office.
    else if (named && /\s/.test(piece) && named.some((l) => l.startsWith("责任人："))) labelled.push(...named);
    else if (afterSentence && piece.split("、").every(looksLikeOrgName)) labelled.push(`责任单位：${piece}`);
    else if (named) labelled.push(...named);
    else return text;
  }
  // （张三，李四） alone is prose: a person is read only beside the office they answer for.
  if (labelled.some((l) => l.startsWith("责任人：")) && !labelled.some((l) => l.startsWith("责任单位："))) return text;
  return labelled.length ? `${text.slice(0, m.index)}（${labelled.join("；")}）` : text;
}

/** A label of units as the bracket has spelled it out (牵头单位：…, 配合科室：…). */
const UNITS_LABELLED = /^[^：:]{0,6}(?:单位|部门|科室|股室|处室)[：:]/;

/** A person's name, not a place, a group or an office that is short enough to pass for one (全区, 各校, 教研室). */
function looksLikeNamedPerson(token: string): boolean {
  return (
    looksLikePersonName(token) &&
    !/^(全|各|本|该|相关|有关|其他|其它)/.test(token) &&
    !/(区|县|市|镇|乡|校|园|级|类|等|部|处|局|委|办|科|股|室|组)$/.test(token)
  );
}

/** 。（基础教育科，杜海燕） / （教师发展中心 冯志强） / （杜海燕 基础教育科）: the office that does it and the person who answers for it. */
function officesAndPeople(piece: string): string[] | null {
  const labelled: string[] = [];
  for (const token of piece.split(/\s+/)) {
    if (looksLikeOrgName(token)) labelled.push(`责任单位：${token}`);
    else if (looksLikeNamedPerson(token)) labelled.push(`责任人：${token}`);
    else return null;
  }
  return labelled;
}

const DEADLINE_HEAD_CHARS = 60;
/**
 * Where a deadline may open after a comma or a space (a year, a month, the words an ongoing one
 * starts with): only these are tried, so a value of many separators costs one scan.
 */
const DEADLINE_AFTER_SPACE =
  /(?:[，,]|\s+)(?=\d{4}\s*年|\d{1,2}\s*月|[〇零○一二三四五六七八九十]{4}年|长期|持续|常态|全年|每|年底|年内|年末|上半年|下半年|本学期|第[一二三四]季度|立即|立行立改|即时|随时)/g;

/**
 * “责任单位：市教体局；2025年10月底前完成”, “牵头单位：招生考试中心 2026年6月底前完成”:
 * a deadline after the units, behind a separator or a space, is the deadline, not a unit.
 */
function withDeadlineApart(field: InlineField): InlineField[] {
  if (field.def.kind !== "units") return [field];
  const value = field.value;
  const semicolons = [...value.matchAll(/[；;]/g)].map((m) => m.index ?? 0);
  // After a semicolon, a piece (to the next one) that names a deadline anywhere.
  const afterSemicolon = semicolons.map((at, k) => {
    const piece = value.slice(at + 1, semicolons[k + 1] ?? value.length);
    return { from: at + 1, piece, head: piece, semicolon: true };
  });
  // After a comma or a space, text that starts with one; a deadline is short, so a few dozen characters are enough.
  const afterSpace = [...value.matchAll(DEADLINE_AFTER_SPACE)].map((m) => {
    const from = (m.index ?? 0) + m[0].length;
    const head = value.slice(from, from + DEADLINE_HEAD_CHARS);
    return { from, piece: head.split(/[；;，,\s]/)[0] ?? "", head, semicolon: false };
  });
  const at = [...afterSemicolon, ...afterSpace]
    .sort((a, b) => a.from - b.from)
    .find((c) => (c.semicolon ? namesDeadline(c.piece) : startsWithDeadline(c.head)) && !looksLikeUnitName(c.piece.trim()))?.from;
  const deadline = fieldForLabel("完成时限");
  if (at === undefined || !deadline) return [field];
  return [
    { ...field, value: trimEndOf(field.value.slice(0, at), /[；;，,\s]/).trim() },
    { label: "完成时限", def: deadline, value: field.value.slice(at).trim() },
  ];
}
