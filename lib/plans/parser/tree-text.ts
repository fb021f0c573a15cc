/**
 * Where a body line goes inside its node: it continues the open field or
 * paragraph when the line before did not end the sentence (or merely filled a
 * hard-wrapped line), and opens a new paragraph otherwise.
 */
import { endsSentence, type SourceLine } from "./normalize";
import { isProseField, lastItem, touch, type Node } from "./tree";

// A list value (责任单位：甲、乙) continues on the next line only if that line still looks like a list.
const LIST_CONTINUATION = /^[^。，；：:！？!?]{1,40}$/;

/** Line numbers of lines that reach the wrap width (layout.ts): their end says nothing. */
export type FullLines = ReadonlySet<number>;

/** The previous line left its sentence open, so the next line continues it. */
export function continuesAfter(prev: SourceLine, full: FullLines): boolean {
  return !endsSentence(prev.text) || full.has(prev.line);
}

function continuesListField(prev: SourceLine | undefined, line: SourceLine, full: FullLines): boolean {
  return LIST_CONTINUATION.test(line.text) && (!prev || continuesAfter(prev, full));
}

/**
 * Adds a body line to the node. `asPlainText` is for absorbed plan-text
 * blocks, where a label line is ordinary prose and never extends a field.
 */
export function appendText(node: Node, line: SourceLine, full: FullLines, asPlainText = false): void {
  touch(node, line.line);
  const last = lastItem(node);
  if (last?.type === "field" && !asPlainText) {
    const prev = last.lines[last.lines.length - 1];
    if (isProseField(last) || continuesListField(prev, line, full)) {
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
