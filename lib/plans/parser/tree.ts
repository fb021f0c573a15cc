/**
 * The heading tree that structure.ts builds and assemble.ts reads: each node
 * keeps its own content (paragraphs, labelled fields, absorbed sub-headings)
 * in document order.
 */
import type { PlanTextKind } from "./types";
import type { SourceLine } from "./normalize";
import type { FieldDef } from "./fields";
import type { IndicatorHeader } from "./indicators-table";

export type Item =
  | { type: "para"; lines: SourceLine[] }
  | { type: "field"; label: string; def: FieldDef; line: number; lines: SourceLine[] }
  | { type: "heading"; line: SourceLine; marker: string; title: string; rank: number };

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
  /** The title is a problem found (问题1：…, 1. 问题：…): what it states is wrong, not a target. */
  problem?: boolean;
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

export function newNode(partial: Partial<Node> & Pick<Node, "kind" | "rank" | "line">, parent: Node | null): Node {
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

/** A line now belongs to the node: it and every ancestor end no earlier. */
export function touch(node: Node, line: number): void {
  for (let n: Node | null = node; n; n = n.parent) n.endLine = Math.max(n.endLine, line);
}

export function lastItem(node: Node): Item | undefined {
  return node.items[node.items.length - 1];
}

/** 目标任务 / 工作举措 fields run on as prose: every following line (even “（1）…”) belongs to them. */
export function isProseField(item: Item | undefined): boolean {
  return item?.type === "field" && (item.def.kind === "goal" || item.def.kind === "measures");
}

export function paraItem(line: number, text: string): Item {
  return { type: "para", lines: [{ line, text }] };
}
