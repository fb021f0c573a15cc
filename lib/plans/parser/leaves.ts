/**
 * What a heading without numbered children is, judged together with its
 * siblings: a task, a statement in a list of one-line items, or an empty
 * chapter. Chapter rows and headings with nothing under them are never
 * empty tasks; a short 工作要点 of one-line items (1．… 2．… each a sentence)
 * is a list of tasks that say everything in their title.
 */
import { extractInlineFields } from "./fields";
import { joinLines } from "./text";
import type { Item, Node } from "./tree";

/** A child that is itself a section: it has numbered children that are not plan text. */
export function hasTaskChildren(node: Node): boolean {
  return node.children.some((c) => c.planKind === null);
}

/** A paragraph that only assigns the task: “（责任科室：学前教育科；完成时限：2025年12月）”. */
export const isAssignmentOnly = (item: Item) => {
  if (item.type !== "para") return false;
  const inline = extractInlineFields(joinLines(item.lines).text);
  return inline.fields.length > 0 && !inline.text;
};

/** Prose or a goal/measures field under the heading: what a task is said to do beyond its title. */
export function hasBody(node: Node): boolean {
  return node.items.some(
    (i) => (i.type === "para" && !isAssignmentOnly(i)) || i.type === "heading" || (i.type === "field" && (i.def.kind === "goal" || i.def.kind === "measures")),
  );
}

const isBare = (n: Node) => n.items.length === 0 && n.children.length === 0;

interface SiblingSummary {
  /** Some sibling (not plan text) is itself a section. */
  anySection: boolean;
  /** Lowest (most major) rank among siblings that are not bare. */
  minTaskRank: number;
  /** Siblings that are tasks (no numbered children), and whether they all lack body text. */
  taskCount: number;
  allTitlesOnly: boolean;
}

// One summary per sibling list, not one scan per sibling: a flat list of 20 000 items stays linear.
const summaries = new WeakMap<readonly Node[], SiblingSummary>();

function summaryOf(siblings: readonly Node[]): SiblingSummary {
  const known = summaries.get(siblings);
  if (known) return known;
  const summary: SiblingSummary = { anySection: false, minTaskRank: Infinity, taskCount: 0, allTitlesOnly: true };
  for (const s of siblings) {
    if (s.planKind !== null) continue;
    const section = hasTaskChildren(s);
    if (section) summary.anySection = true;
    if (!isBare(s)) summary.minTaskRank = Math.min(summary.minTaskRank, s.rank);
    if (!section) {
      summary.taskCount++;
      if (hasBody(s)) summary.allTitlesOnly = false;
    }
  }
  summaries.set(siblings, summary);
  return summary;
}

/**
 * A bare heading among sections (（一）学前教育 / （二）义务教育 → tasks), or
 * ranked above the tasks beside it, is a chapter that happens to be empty.
 * (A bare node has no children, so it never counts among the sections or
 * the non-bare ranks: the summary over all siblings is the one over the others.)
 */
export function isEmptyChapter(node: Node, siblings: readonly Node[]): boolean {
  if (!isBare(node)) return false;
  const summary = summaryOf(siblings);
  return summary.anySection || (summary.minTaskRank !== Infinity && node.rank < summary.minTaskRank);
}

/**
 * The title is the whole task: a sentence of clauses (推进…，新建…), or one
 * of a list whose items are all titles without body text.
 */
export function isStatementItem(node: Node, siblings: readonly Node[]): boolean {
  if (hasBody(node)) return false;
  if (/[，；,;]/.test(node.title)) return true;
  const summary = summaryOf(siblings);
  return summary.taskCount >= 2 && summary.allTitlesOnly;
}
