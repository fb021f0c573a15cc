import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { firstParam, listQuerySchema, pageArgs, toPage, urlFlag } from "@/lib/pagination";

/** The review queue's states: waiting (the default), and the decided ones to look back at. */
export const REVIEW_QUEUE_STATUSES = ["submitted", "returned", "approved"] as const;

const optionalId = z.uuid().optional().catch(undefined);

/** /review?plan=&unit=&period=&status=&others=1&page=: the filter lives in the URL; anything malformed is ignored. */
export const reviewFilterSchema = z.object({
  plan: optionalId,
  unit: optionalId,
  period: optionalId,
  status: z.enum(REVIEW_QUEUE_STATUSES).catch("submitted").default("submitted"),
  /** 仅我可审核的: leave out the reports the viewer submitted, which they may not approve (own-submission.ts). */
  others: urlFlag,
  page: listQuerySchema.shape.page,
});

export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

export function parseReviewFilter(params: Record<string, string | string[] | undefined>): ReviewFilter {
  return reviewFilterSchema.parse(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, firstParam(v)])));
}

/** Reports of the chosen state, filtered: waiting ones oldest first (先交先审), decided ones latest first. `viewerId` is whom `others` leaves out. */
export async function listReviewQueue(tx: Tx, tenantId: string, filter: Partial<ReviewFilter> & { page: number }, viewerId?: string) {
  const status = filter.status ?? "submitted";
  const where: Prisma.ReportWhereInput = {
    tenantId,
    status,
    ...(filter.others && viewerId ? { OR: [{ authorUserId: null }, { authorUserId: { not: viewerId } }] } : {}),
    slot: {
      ...(filter.period ? { periodId: filter.period } : {}),
      ...(filter.plan ? { period: { planId: filter.plan } } : {}),
      // A school reporting through a group is found by either name.
      ...(filter.unit ? { OR: [{ orgUnitId: filter.unit }, { groupUnitId: filter.unit }] } : {}),
    },
  };
  const orderBy: Prisma.ReportOrderByWithRelationInput[] =
    status === "submitted" ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ reviewedAt: "desc" }, { id: "asc" }];
  const items = await tx.report.findMany({
    where,
    orderBy,
    ...pageArgs(filter.page),
    select: {
      id: true,
      version: true,
      status: true,
      progress: true,
      summary: true,
      submittedAt: true,
      // The reviewer may not approve their own submission (own-submission.ts): the card says so up front.
      authorUserId: true,
      slot: {
        select: {
          id: true,
          dueOn: true,
          period: { select: { label: true } },
          orgUnit: { select: { name: true } },
          groupUnit: { select: { name: true } },
          task: { select: { id: true, number: true, title: true, plan: { select: { title: true } } } },
        },
      },
      _count: { select: { attachments: true, actuals: true } },
    },
  });
  const total = await tx.report.count({ where });
  return toPage(items, total, filter.page);
}
