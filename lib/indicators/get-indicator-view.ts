// One indicator for its page: its numbers (as plain numbers, for the path
// judgement and the chart), its plan and task, and its catalogue mapping. By
// id AND tenant: another bureau's indicator is not found.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import type { PathIndicator } from "@/lib/dashboard/on-path";
import type { MappingState } from "@/lib/generated/prisma/enums";

export interface IndicatorView extends PathIndicator {
  id: string;
  name: string;
  unit: string | null;
  mappingState: MappingState;
  /** The catalogue definition: the confirmed one, or the one merely suggested (which counts nothing). */
  definition: { id: string; name: string } | null;
  plan: { id: string; title: string };
  task: { id: string; number: number; title: string } | null;
}

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

export async function getIndicatorView(tx: Tx, tenantId: string, indicatorId: string): Promise<IndicatorView> {
  const i = await tx.indicator.findFirst({
    where: { id: indicatorId, tenantId },
    include: {
      plan: { select: { id: true, title: true } },
      task: { select: { id: true, number: true, title: true } },
      definition: { select: { id: true, name: true } },
    },
  });
  if (!i) throw new NotFoundError("指标不存在或无权访问");
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    comparator: i.comparator,
    baselineValue: num(i.baselineValue),
    baselineYear: i.baselineYear,
    targetValue: num(i.targetValue),
    targetMax: num(i.targetMax),
    targetYear: i.targetYear,
    tolerance: num(i.tolerance),
    mappingState: i.mappingState,
    definition: i.definition,
    plan: i.plan,
    task: i.task,
  };
}
