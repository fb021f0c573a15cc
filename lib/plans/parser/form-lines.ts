/**
 * One 督办通知单 typed out as text: the slip's particulars (督办编号：…, 交办日期：…), its fields
 * (承办单位：…, 办结时限：…, 督办领导：…) and one 督办事项：… among them, in the slip's order, with
 * no numbered item of its own. It is one task, as the same slip drawn as a form table is
 * (form-tables.ts): its 督办事项 line becomes the numbered item `1. …`, the fields written above it
 * follow it, and a field's numbered requirements (督办要求：1.… / 2.… / 3.…) stay that field's value
 * instead of opening tasks of their own. A list of several records is records.ts's.
 */
import { matchLabelLine } from "./fields";
import { matchNumberedHeading, RANK } from "./headings";
import type { SourceLine } from "./normalize";
import { isItemLabel, ITEM_LABEL } from "./records";

/** Fields besides the item: fewer, and the 督办事项 line is a sentence of some other document. */
const MIN_FIELDS = 2;

const fieldLine = (line: SourceLine) => {
  const label = matchLabelLine(line.text);
  return label && !isItemLabel(label.label) ? label : null;
};

/** Any label opening a line (督办依据：…), known or not: it ends the value of the field before it. */
const ANY_LABEL = /^【?[\u4e00-\u9fa5]{2,8}】?\s*[:：]/;
/** A field whose value may list numbered requirements: not a list of people, units or dates. */
const takesItems = (line: SourceLine) => {
  const kind = fieldLine(line)?.def.kind;
  return kind === "measures" || kind === "goal" || kind === "problem";
};

export function formLinesAsItem(lines: SourceLine[]): SourceLine[] {
  const items = lines.flatMap((l, i) => {
    const m = ITEM_LABEL.exec(l.text);
    return m ? [{ i, text: m[2] ?? "" }] : [];
  });
  if (items.length !== 1) return lines;
  const item = items[0]!;
  // A document with headings or numbered items before the slip's item is no slip.
  if (lines.slice(0, item.i).some((l) => matchNumberedHeading(l.text))) return lines;
  if (lines.some((l) => (matchNumberedHeading(l.text)?.rank ?? 99) < RANK.arabic)) return lines;
  if (lines.filter((l) => fieldLine(l)).length < MIN_FIELDS) return lines;

  // The item, and the lines a narrow page wrapped it onto, then the fields written above it.
  let after = item.i + 1;
  while (after < lines.length && !ANY_LABEL.test(lines[after]!.text) && !matchNumberedHeading(lines[after]!.text)) after++;
  const before = lines.slice(0, item.i);
  const out: SourceLine[] = before.filter((l) => !fieldLine(l));
  out.push({ line: lines[item.i]!.line, text: `1. ${item.text}` }, ...lines.slice(item.i + 1, after), ...before.filter((l) => fieldLine(l)));
  // 督办要求：1.… then 2.… / 3.… (wrapped or not): more of that field's value, not items of their own.
  let open: number | null = null;
  for (const line of lines.slice(after)) {
    if (ANY_LABEL.test(line.text)) {
      open = takesItems(line) ? out.length : null;
      out.push(line);
    } else if (matchNumberedHeading(line.text)) {
      // Numbered items of their own (under 具体要求如下：, or a plan's tasks): no slip, leave it as written.
      if (open === null) return lines;
      const [field, ...wrapped] = out.splice(open);
      out.push({ line: field!.line, text: [field!, ...wrapped, line].map((l) => l.text).join("") });
    } else out.push(line);
  }
  return out;
}
