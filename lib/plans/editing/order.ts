// Task.position is the plan-wide document order (lists outside the plan tree
// sort by it), so it is rebuilt from the section tree after anything that
// changes where a task sits: sections in pre-order, a section's own tasks
// before its subsections', ties kept in their current order.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export async function nextSectionPosition(tx: Tx, tenantId: string, planId: string): Promise<number> {
  const { _max } = await tx.section.aggregate({ where: { tenantId, planId }, _max: { position: true } });
  return (_max.position ?? -1) + 1;
}

export async function nextTaskPosition(tx: Tx, tenantId: string, planId: string): Promise<number> {
  const { _max } = await tx.task.aggregate({ where: { tenantId, planId }, _max: { position: true } });
  return (_max.position ?? -1) + 1;
}

export async function renumberTaskPositions(tx: Tx, tenantId: string, planId: string): Promise<void> {
  // Sequential: queries of one transaction share one connection.
  const sections = await tx.section.findMany({
    where: { tenantId, planId },
    select: { id: true, parentId: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const tasks = await tx.task.findMany({
    where: { tenantId, planId },
    select: { id: true, sectionId: true, position: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  const children = new Map<string | null, string[]>();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const rank = new Map<string, number>();
  const visit = (parentId: string | null) => {
    for (const sid of children.get(parentId) ?? []) {
      rank.set(sid, rank.size);
      visit(sid);
    }
  };
  visit(null);
  const ordered = tasks.map((t, i) => ({ ...t, i })).sort((a, b) => (rank.get(a.sectionId) ?? 0) - (rank.get(b.sectionId) ?? 0) || a.i - b.i);
  const changed = ordered.map((t, position) => ({ id: t.id, position, old: t.position })).filter((t) => t.position !== t.old);
  if (changed.length === 0) return;
  // One statement, and it leaves updated_at alone: reordering is not an edit of the task.
  await tx.$executeRaw`
    UPDATE tasks AS t SET position = v.position
    FROM unnest(${changed.map((c) => c.id)}::uuid[], ${changed.map((c) => c.position)}::int[]) AS v(id, position)
    WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid AND t.id = v.id`;
}
