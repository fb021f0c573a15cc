// A period's page: every slot of the period with its unit, task, state,
// submission date and last 催办, sortable and filterable in the URL, paged.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { firstParam, listQuerySchema, pageArgs, toPage } from "@/lib/pagination";
import { DEADLINE_LABELS, SLOT_STATUS_LABELS, SLOT_STATUSES } from "@/lib/vocabulary";
import { overdueSlotWhere } from "../slot-status";

export const PERIOD_SLOT_SORTS = ["unit", "task", "state", "due"] as const;
/** A slot state, or 逾期 (unsubmitted past its deadline). */
export const PERIOD_SLOT_STATES = [...SLOT_STATUSES, "overdue"] as const;

export const PERIOD_SLOT_STATE_LABELS: Record<(typeof PERIOD_SLOT_STATES)[number], string> = { ...SLOT_STATUS_LABELS, overdue: DEADLINE_LABELS.overdue };

/** At most this many rows in the period's .xlsx (a city-sized period is a few thousand). */
export const PERIOD_EXPORT_ROWS = 10_000;

const schema = z.object({
  sort: z.enum(PERIOD_SLOT_SORTS).catch("unit").default("unit"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  state: z.enum(PERIOD_SLOT_STATES).optional().catch(undefined),
  page: listQuerySchema.shape.page,
});

export type PeriodSlotQuery = z.infer<typeof schema>;

export function parsePeriodSlotQuery(params: Record<string, string | string[] | undefined>): PeriodSlotQuery {
  return schema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, firstParam(v)])));
}

function orderOf(sort: PeriodSlotQuery["sort"], dir: "asc" | "desc"): Prisma.ReportSlotOrderByWithRelationInput[] {
  // Ties fall back to unit then task, so a page boundary never shuffles rows.
  const tail: Prisma.ReportSlotOrderByWithRelationInput[] = [{ orgUnit: { name: "asc" } }, { task: { position: "asc" } }, { id: "asc" }];
  const head: Record<PeriodSlotQuery["sort"], Prisma.ReportSlotOrderByWithRelationInput[]> = {
    unit: [{ orgUnit: { name: dir } }],
    task: [{ task: { position: dir } }],
    state: [{ status: dir }],
    due: [{ dueOn: dir }],
  };
  return [...head[sort], ...tail];
}

/** The period (by id and tenant) with its plan; NotFound otherwise. */
export async function getPeriod(tx: Tx, tenantId: string, periodId: string) {
  const period = await tx.reportingPeriod.findFirst({
    where: { id: periodId, tenantId },
    select: { id: true, label: true, startsOn: true, endsOn: true, dueOn: true, plan: { select: { id: true, title: true } } },
  });
  if (!period) throw new NotFoundError("填报期不存在或无权访问");
  return period;
}

export async function listPeriodSlots(tx: Tx, tenantId: string, periodId: string, query: PeriodSlotQuery, today: Date, pageSize?: number) {
  const stateWhere: Prisma.ReportSlotWhereInput = !query.state ? {} : query.state === "overdue" ? overdueSlotWhere(today) : { status: query.state };
  const where: Prisma.ReportSlotWhereInput = { tenantId, periodId, ...stateWhere };
  const items = await tx.reportSlot.findMany({
    where,
    orderBy: orderOf(query.sort, query.dir),
    ...pageArgs(query.page, pageSize),
    select: {
      id: true,
      status: true,
      dueOn: true,
      lastUrgedAt: true,
      orgUnit: { select: { name: true } },
      groupUnit: { select: { name: true } },
      task: { select: { id: true, number: true, title: true } },
      report: { select: { submittedAt: true } },
    },
  });
  const total = await tx.reportSlot.count({ where });
  const overdue = await tx.reportSlot.count({ where: { tenantId, periodId, ...overdueSlotWhere(today) } });
  return { ...toPage(items, total, query.page, pageSize), overdue };
}
