/**
 * What a heading without numbered children is, judged together with its
 * siblings: a task, a statement in a list of one-line items, or an empty
 * chapter. Chapter rows and headings with nothing under them are never
 * empty tasks; a short 工作要点 of one-line items (1．… 2．… each a sentence)
 * is a list of tasks that say everything in their title.
 */
import type { Node } from "./tree";

/** A child that is itself a section: it has numbered children that are not plan text. */
export function hasTaskChildren(node: Node): boolean {
  return node.children.some((c) => c.planKind === null);
}

/** Prose or a goal/measures field under the heading: what a task is said to do beyond its title. */
export function hasBody(node: Node): boolean {
  return node.items.some((i) => i.type === "para" || i.type === "heading" || (i.type === "field" && (i.def.kind === "goal" || i.def.kind === "measures")));
}

const isBare = (n: Node) => n.items.length === 0 && n.children.length === 0;
const taskSiblings = (siblings: readonly Node[]) => siblings.filter((s) => s.planKind === null && !hasTaskChildren(s));

/**
 * A bare heading among sections (（一）学前教育 / （二）义务教育 → tasks), or
 * ranked above the tasks beside it, is a chapter that happens to be empty.
 */
export function isEmptyChapter(node: Node, siblings: readonly Node[]): boolean {
  if (!isBare(node)) return false;
  const others = siblings.filter((s) => s !== node && s.planKind === null);
  if (others.some(hasTaskChildren)) return true;
  const taskRanks = others.filter((s) => !isBare(s)).map((s) => s.rank);
  return taskRanks.length > 0 && node.rank < Math.min(...taskRanks);
}

/**
 * The title is the whole task: a sentence of clauses (推进…，新建…), or one
 * of a list whose items are all titles without body text.
 */
export function isStatementItem(node: Node, siblings: readonly Node[]): boolean {
  if (hasBody(node)) return false;
  if (/[，；,;]/.test(node.title)) return true;
  const tasks = taskSiblings(siblings);
  return tasks.length >= 2 && tasks.every((t) => !hasBody(t));
}
