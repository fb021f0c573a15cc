/**
 * Field labels inside a task: 目标任务：/工作举措：/责任领导：/牵头单位：…
 * Labels may use a full- or half-width colon, may be wrapped in 【】, and
 * 责任/牵头/配合 labels may also appear inline at the end of a paragraph
 * (“…。（牵头单位：县教体局；配合单位：县财政局）”).
 */
import type { UnitRole } from "./types";

export type FieldKind = "goal" | "measures" | "leaders" | "units" | "deadline";

export interface FieldDef {
  kind: FieldKind;
  role?: UnitRole;
}

const DEFS: [string[], FieldDef][] = [
  [["目标任务", "工作目标", "任务目标", "目标要求", "预期目标", "目标"], { kind: "goal" }],
  [
    ["工作举措", "具体措施", "主要措施", "工作措施", "推进措施", "重点措施", "实施举措", "具体举措", "主要举措", "措施", "举措", "工作内容", "主要内容"],
    { kind: "measures" },
  ],
  [["责任领导", "分管领导", "牵头领导", "包抓领导", "负责领导", "联系领导", "主管领导", "责任人"], { kind: "leaders" }],
  [["牵头单位", "牵头部门", "主责单位", "主办单位", "牵头科室"], { kind: "units", role: "lead" }],
  [["配合单位", "配合部门", "协办单位", "协同单位", "参与单位", "协助单位", "配合科室"], { kind: "units", role: "cooperate" }],
  [["责任单位", "责任部门", "责任科室", "承办单位", "实施单位", "负责单位", "责任主体"], { kind: "units", role: "responsible" }],
  [["完成时限", "完成时间", "完成期限", "整改时限", "办结时限", "时间节点", "时限要求", "进度安排"], { kind: "deadline" }],
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
  return null;
}

const INLINE_LABELS = DEFS.filter(([, d]) => d.kind === "leaders" || d.kind === "units" || d.kind === "deadline")
  .flatMap(([labels]) => labels)
  .sort((a, b) => b.length - a.length);
const INLINE_RE = new RegExp(`[（(【\\[]?\\s*(${INLINE_LABELS.join("|")})\\s*[:：]`, "g");

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
export function extractInlineFields(text: string): { text: string; fields: InlineField[] } {
  const hits = [...text.matchAll(INLINE_RE)];
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
    const close = value.search(/[）)】\]]/);
    const tail = close >= 0 ? value.slice(close + 1) : "";
    if (close >= 0) value = value.slice(0, close);
    const label = h[1] ?? "";
    const def = fieldForLabel(label);
    if (def) fields.push({ label, def, value: value.replace(/[；;。，,\s]+$/, "").trim() });
    if (tail.trim()) kept += tail;
    cut = end;
  }
  return { text: kept.trim(), fields };
}
