/**
 * Turns the body lines into a heading tree. Each node keeps its own content
 * (paragraphs and labelled fields) in order; deciding what is a section, a
 * task or plan text happens later in assemble.ts, once the whole tree is known.
 */
import type { ParseWarning, PlanTextKind } from "./types";
import { endsSentence, type SourceLine } from "./normalize";
import { classifyNonTaskTitle, matchNumberedHeading, matchSpecialHeading, splitHeadingTitle, tidyTitle, type HeadingMatch } from "./headings";
import { extractInlineFields, matchLabelLine, type FieldDef } from "./fields";
import { isFullLine, type Layout } from "./layout";
import { looksLikeTableRow, parseIndicatorHeader, type IndicatorHeader } from "./indicators-table";

export type Item =
  | { type: "para"; lines: SourceLine[] }
  | { type: "field"; label: string; def: FieldDef; line: number; lines: SourceLine[] }
  | { type: "heading"; line: SourceLine; marker: string; title: string };

export interface Node {
  kind: "root" | "numbered" | "special";
  rank: number;
  number: number | null;
  marker: string;
  title: string;
  line: number;
  endLine: number;
  /** The heading line itself carried body text after the title sentence. */
  inlineBody: boolean;
  /** Non-null when the node's content is plan text rather than tasks. */
  planKind: PlanTextKind | null;
  /** A numbered heading of this rank or higher ends an absorbing plan-text block. */
  closeRank: number;
  items: Item[];
  children: Node[];
  parent: Node | null;
}

export interface TableBlock {
  header: IndicatorHeader;
  headerLine: SourceLine;
  rows: SourceLine[];
}

export interface Tree {
  root: Node;
  tables: TableBlock[];
}

function newNode(partial: Partial<Node> & Pick<Node, "kind" | "rank" | "line">, parent: Node | null): Node {
  return {
    number: null,
    marker: "",
    title: "",
    endLine: partial.line,
    inlineBody: false,
    planKind: null,
    closeRank: 0,
    items: [],
    children: [],
    parent,
    ...partial,
  };
}

const SPECIAL_KIND: Record<string, PlanTextKind> = { preface: "preface", glossary: "glossary", attachment: "attachment" };
// A list value continues on the next line only if that line still looks like a list.
const LIST_CONTINUATION = /^[^。，；：:！？!?]{1,40}$/;

export function buildTree(lines: SourceLine[], layout: Layout, warnings: ParseWarning[]): Tree {
  const root = newNode({ kind: "root", rank: 0, line: lines[0]?.line ?? 1 }, null);
  const tables: TableBlock[] = [];
  const full = new Set(lines.filter((l) => isFullLine(l.text, layout)).map((l) => l.line));
  const stack: Node[] = [root];
  const lastNumber = new Map<number, number>();
  let openTable: TableBlock | null = null;
  let warnedPlainTable = false;

  const top = (): Node => stack[stack.length - 1] ?? root;
  const absorbing = (): Node | null => stack.find((n) => n.planKind !== null) ?? null;
  const touch = (node: Node, line: number) => {
    for (let n: Node | null = node; n; n = n.parent) n.endLine = Math.max(n.endLine, line);
  };

  const continues = (prev: SourceLine) => !endsSentence(prev.text) || full.has(prev.line);

  const appendText = (node: Node, l: SourceLine, asPlainText = false) => {
    touch(node, l.line);
    const last = node.items[node.items.length - 1];
    if (last?.type === "field" && !asPlainText) {
      if (last.def.kind === "goal" || last.def.kind === "measures") {
        last.lines.push(l);
        return;
      }
      const prev = last.lines[last.lines.length - 1];
      if (LIST_CONTINUATION.test(l.text) && (!prev || continues(prev) || full.has(prev.line))) {
        last.lines.push(l);
        return;
      }
    }
    if (last?.type === "para") {
      const prev = last.lines[last.lines.length - 1];
      if (prev && continues(prev)) {
        last.lines.push(l);
        return;
      }
    }
    node.items.push({ type: "para", lines: [l] });
  };

  const isPlain = (text: string) => !matchNumberedHeading(text) && !matchSpecialHeading(text) && !matchLabelLine(text) && !text.includes("\t");

  /** Numbering that does not fit the sequence is usually a wrapped line starting with “1、”. */
  const acceptHeading = (h: HeadingMatch, l: SourceLine, prev: SourceLine | undefined): boolean => {
    const t = top();
    const lastItem = t.items[t.items.length - 1];
    if (h.rank > t.rank && t.kind === "numbered" && lastItem?.type === "field" && (lastItem.def.kind === "measures" || lastItem.def.kind === "goal")) {
      return false;
    }
    if (h.rank >= 5 && t.kind === "numbered" && t.items.length > 0 && h.rank > t.rank) return false;
    let parent: Node = root;
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i];
      if (n && (n === root || n.rank < h.rank)) {
        parent = n;
        break;
      }
    }
    const siblings = parent.children.filter((c) => c.rank === h.rank);
    const lastSibling = siblings[siblings.length - 1]?.number ?? 0;
    const ok = h.number === 1 || h.number === lastSibling + 1 || h.number === (lastNumber.get(h.rank) ?? 0) + 1;
    if (ok) return true;
    if (prev && !endsSentence(prev.text) && isPlain(prev.text)) return false;
    warnings.push({ line: l.line, message: `编号不连续：“${h.marker}”前一个同级编号为 ${lastSibling || "无"}` });
    return true;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    const prev = lines[i - 1];

    if (openTable) {
      const next = lines[i + 1];
      const categoryRow = openTable.header.tabbed && l.text.length <= 16 && !/[。，；]/.test(l.text) && next && looksLikeTableRow(next.text, openTable.header);
      if (looksLikeTableRow(l.text, openTable.header) || categoryRow) {
        openTable.rows.push(l);
        touch(top(), l.line);
        continue;
      }
      openTable = null;
    }
    if (l.text.includes("\t") || /^指标\s/.test(l.text)) {
      const header = parseIndicatorHeader(l.text);
      if (header) {
        openTable = { header, headerLine: l, rows: [] };
        tables.push(openTable);
        touch(top(), l.line);
        continue;
      }
    }
    const text = l.text.includes("\t") ? l.text.replace(/\t+/g, " ") : l.text;
    if (l.text.includes("\t") && !warnedPlainTable) {
      warnedPlainTable = true;
      warnings.push({ line: l.line, message: "表格未识别为指标表，按正文处理" });
    }
    const line: SourceLine = { line: l.line, text };

    const special = matchSpecialHeading(text);
    if (special) {
      stack.length = 1;
      const node = newNode(
        {
          kind: "special",
          rank: 0,
          line: l.line,
          title: special.title,
          planKind: SPECIAL_KIND[special.kind] ?? "other",
          closeRank: special.kind === "preface" ? 99 : 2,
        },
        root,
      );
      root.children.push(node);
      stack.push(node);
      touch(node, l.line);
      if (special.rest) node.items.push({ type: "para", lines: [{ line: l.line, text: special.rest }] });
      continue;
    }

    const h = matchNumberedHeading(text);
    const block = absorbing();
    if (block && !(h && h.rank <= block.closeRank)) {
      if (h) {
        const { title, body } = splitHeadingTitle(h.rest);
        block.items.push({ type: "heading", line, marker: h.marker, title });
        touch(block, l.line);
        if (body) block.items.push({ type: "para", lines: [{ line: l.line, text: body }] });
      } else {
        appendText(block, line, true);
      }
      continue;
    }

    if (h && acceptHeading(h, line, prev)) {
      while (stack.length > 1 && (top().rank >= h.rank || top().kind === "special")) stack.pop();
      // A heading that fills a wrapped line, or is followed by a short tail, continues below.
      let rest = h.rest;
      let j = i;
      while (j + 1 < lines.length && j - i < 3 && !/[。！？!?]/.test(rest)) {
        const nextLine = lines[j + 1] as SourceLine;
        const after = lines[j + 2];
        const cur = lines[j] as SourceLine;
        // Outside wrapped pages only a long heading line followed by a short tail is a split heading.
        const shortTail =
          cur.text.length >= 20 &&
          nextLine.text.length <= 12 &&
          !endsSentence(nextLine.text) &&
          !/^(表|图)/.test(nextLine.text) &&
          (!after || !isPlain(after.text));
        if (!isPlain(nextLine.text) || !(full.has(cur.line) || shortTail)) break;
        rest += nextLine.text;
        j++;
      }
      const split = splitHeadingTitle(rest);
      // “1.强化理论武装（责任单位：教育党工委）”: the assignment is not part of the title.
      const inline = extractInlineFields(split.title);
      const title = inline.fields.length ? tidyTitle(inline.text) : split.title;
      const body = split.body;
      const parent = top();
      const node = newNode(
        {
          kind: "numbered",
          rank: h.rank,
          line: l.line,
          number: h.number,
          marker: h.marker,
          title,
          planKind: classifyNonTaskTitle(title),
          closeRank: h.rank,
        },
        parent,
      );
      parent.children.push(node);
      stack.push(node);
      lastNumber.set(h.rank, h.number);
      touch(node, (lines[j] as SourceLine).line);
      for (const f of inline.fields) {
        node.items.push({ type: "field", label: f.label, def: f.def, line: l.line, lines: [{ line: l.line, text: f.value }] });
      }
      if (body) {
        node.inlineBody = true;
        node.items.push({ type: "para", lines: [{ line: (lines[j] as SourceLine).line, text: body }] });
      }
      i = j;
      continue;
    }

    const label = matchLabelLine(text);
    if (label) {
      const node = top();
      node.items.push({ type: "field", label: label.label, def: label.def, line: l.line, lines: label.value ? [{ line: l.line, text: label.value }] : [] });
      touch(node, l.line);
      continue;
    }

    appendText(top(), line);
  }
  return { root, tables };
}
