// The plan and unit choices of the 督办 lists' filter bars.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export async function supervisionFilterOptions(tx: Tx, tenantId: string) {
  // One after the other: a transaction is one connection (tenant-scope.ts).
  const plans = await tx.plan.findMany({ where: { tenantId }, select: { id: true, title: true }, orderBy: [{ startYear: "desc" }, { title: "asc" }] });
  const units = await tx.orgUnit.findMany({ where: { tenantId, taskUnits: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { plans: plans.map((p) => ({ id: p.id, name: p.title })), units };
}
