import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { pageArgs, toPage } from "@/lib/pagination";

/** Submitted reports waiting for review, oldest first. */
export async function listReviewQueue(tx: Tx, tenantId: string, filter: { page: number }) {
  const where = { tenantId, status: "submitted" as const };
  const items = await tx.report.findMany({
    where,
    orderBy: { submittedAt: "asc" },
    ...pageArgs(filter.page),
    select: {
      id: true,
      version: true,
      progress: true,
      summary: true,
      submittedAt: true,
      // The reviewer may not approve their own submission (own-submission.ts): the card says so up front.
      authorUserId: true,
      slot: {
        select: {
          id: true,
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
