import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

function loadExtras(tx: Tx, tenantId: string, reportIds: string[]) {
  return tx.report.findMany({
    where: { tenantId, id: { in: reportIds } },
    select: {
      id: true,
      problems: true,
      nextSteps: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, sizeBytes: true, contentType: true } },
      actuals: {
        orderBy: { indicator: { position: "asc" } },
        select: {
          value: true,
          plausibilityNote: true,
          indicator: { select: { id: true, name: true, unit: true, comparator: true, targetValue: true, targetMax: true } },
        },
      },
    },
  });
}

export type ReviewExtra = Awaited<ReturnType<typeof loadExtras>>[number];

/** What the review queue shows beyond listReviewQueue: the rest of the text, evidence files and actuals. */
export async function getReviewExtras(tx: Tx, tenantId: string, reportIds: string[]): Promise<Map<string, ReviewExtra>> {
  if (reportIds.length === 0) return new Map();
  const reports = await loadExtras(tx, tenantId, reportIds);
  return new Map(reports.map((r) => [r.id, r]));
}
