/**
 * Where a body line goes inside its node: it continues the open field or
 * paragraph when the line before did not end the sentence (or merely filled a
 * hard-wrapped line), and opens a new paragraph otherwise.
 */
import { endsSentence, type SourceLine } from "./normalize";
import { isProseField, lastItem, touch, type Item, type Node } from "./tree";
import { continuesList } from "./list-wrap";

// A deadline (完成时限：2025年12) continues on the next line only if that line is a short phrase.
const DEADLINE_CONTINUATION = /^[^。，；：:！？!?]{1,40}$/;

/** Line numbers of lines that reach the wrap width (layout.ts): their end says nothing. */
export type FullLines = ReadonlySet<number>;

/** The previous line left its sentence open, so the next line continues it. */
export function continuesAfter(prev: SourceLine, full: FullLines): boolean {
  return !endsSentence(prev.text) || full.has(prev.line);
}

/** Leaders and units continue when the line is more of the list (list-wrap.ts); a deadline when it is a short phrase. */
function continuesListField(field: Extract<Item, { type: "field" }>, line: SourceLine, full: FullLines): boolean {
  const prev = field.lines[field.lines.length - 1];
  const kind = field.def.kind;
  if (kind === "leaders" || kind === "units") return continuesList(kind, prev?.text, line.text);
  // 整改情况： with its value on the next line; a status is one line.
  if (kind === "status") return field.lines.length === 0;
  return DEADLINE_CONTINUATION.test(line.text) && (!prev || continuesAfter(prev, full));
}

/**
 * Adds a body line to the node. `asPlainText` is for absorbed plan-text
 * blocks, where a label line is ordinary prose and never extends a field.
 */
export function appendText(node: Node, line: SourceLine, full: FullLines, asPlainText = false): void {
  touch(node, line.line);
  const last = lastItem(node);
  if (last?.type === "field" && !asPlainText) {
    if (isProseField(last) || continuesListField(last, line, full)) {
      last.lines.push(line);
      return;
    }
  }
  if (last?.type === "para") {
    const prev = last.lines[last.lines.length - 1];
    if (prev && continuesAfter(prev, full)) {
      last.lines.push(line);
      return;
    }
  }
  node.items.push({ type: "para", lines: [line] });
}
