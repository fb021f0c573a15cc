// Who may ask to close a task: its lead units; with none, its responsible units.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export async function closingUnitIds(tx: Tx, tenantId: string, taskId: string): Promise<string[]> {
  const links = await tx.taskUnit.findMany({ where: { tenantId, taskId, role: { in: ["lead", "responsible"] } }, select: { orgUnitId: true, role: true } });
  const leads = links.filter((l) => l.role === "lead");
  return (leads.length > 0 ? leads : links).map((l) => l.orgUnitId);
}
