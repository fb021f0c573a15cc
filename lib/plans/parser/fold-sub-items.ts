/**
 * Which level of numbering is the task. A 实施方案 numbers four levels deep
 * (一、 / （一） / 1. / （1） / ①) and says who does what once, after a
 * 1. item's last sub-item: 责任领导：…；牵头单位：… belongs to the 1. item,
 * and its （1） and ① items are how it is done. So a node whose sub-items
 * (（1）, ①) carry no assignment of their own, while the node or its last
 * sub-item does, is one task: its sub-items become its measures, in order.
 * Sub-items that each name their own units stay tasks; a document that
 * assigns nothing keeps its deepest items as tasks, as before.
 */
import { extractInlineFields } from "./fields";
import { RANK } from "./headings";
import { isAssignmentOnly } from "./leaves";
import { joinLines } from "./text";
import type { Item, Node } from "./tree";

const SUB_ITEM_RANK = RANK["paren-arabic"];

/** An assignment anywhere in the item: a label line, or a bracket in or after its sentence. */
function assigns(item: Item): boolean {
  if (item.type === "field") return item.def.kind === "leaders" || item.def.kind === "units" || item.def.kind === "deadline";
  return item.type === "para" && extractInlineFields(joinLines(item.lines).text).fields.length > 0;
}

/** Only assigns (责任领导：…；牵头单位：…, or a bracket alone): on a line of its own it may close the whole group. */
const assignsAlone = (item: Item) => (item.type === "field" ? assigns(item) : isAssignmentOnly(item));

const lineOf = (item: Item) => (item.type === "field" ? item.line : item.type === "para" ? (item.lines[0]?.line ?? 0) : item.line.line);

const assignsOwn = (node: Node) => node.items.some(assigns);

function descendants(node: Node): Node[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

function foldable(node: Node): boolean {
  if (node.planKind !== null || node.kind !== "numbered" || node.children.length === 0) return false;
  const below = descendants(node);
  if (below.some((d) => d.rank < SUB_ITEM_RANK || d.planKind !== null)) return false;
  const last = below[below.length - 1];
  if (below.some((d) => d !== last && assignsOwn(d))) return false;
  // A bracket closing the last item's own sentence assigns that item; a line of its own closes the group.
  return assignsOwn(node) || (last !== undefined && last.items.some((i) => assignsAlone(i) && lineOf(i) !== last.line));
}

/** The sub-items as the node's own paragraphs: “（1）完善…。” then its text, in document order. */
function flatten(node: Node): Item[] {
  return node.children.flatMap((c) => [{ type: "para", lines: [{ line: c.line, text: `${c.marker}${c.title}` }] } satisfies Item, ...c.items, ...flatten(c)]);
}

export function foldSubItems(node: Node): void {
  if (foldable(node)) {
    node.items = [...node.items, ...flatten(node)];
    node.children = [];
    return;
  }
  for (const child of node.children) foldSubItems(child);
}
