// The demo's reports and their events, written with createManyAndReturn /
// createMany in the tenant's transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SimReport, SlotOutcome } from "@/lib/simulation/types";
import type { DemoSlot } from "./demo-activity-plan";
import { dateOrNull, type DemoActivityCounts } from "./demo-activity-writes";

/** Writes the reports and their events; returns report ids by slot id. */
export async function writeReports(
  tx: Tx,
  tenantId: string,
  outcomes: SlotOutcome<DemoSlot>[],
  submitKeyOf: (slot: DemoSlot) => string,
  counts: DemoActivityCounts,
): Promise<Map<string, string>> {
  const reportIds = new Map<string, string>();
  const written = outcomes.filter((o): o is SlotOutcome<DemoSlot> & { report: SimReport } => o.report !== null);
  if (!written.length) return reportIds;
  const data: Prisma.ReportCreateManyInput[] = written.map(({ slot, report: r }) => ({
    tenantId,
    slotId: slot.id,
    status: r.status,
    summary: r.summary,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.nextSteps,
    version: r.version,
    authorUserId: r.author,
    submittedAt: dateOrNull(r.submittedAt),
    reviewedAt: dateOrNull(r.review?.at ?? null),
    reviewerUserId: r.review?.by ?? null,
    reviewComment: r.review?.comment ?? null,
    submitKey: r.submittedAt === null ? null : submitKeyOf(slot),
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  }));
  const created = await tx.report.createManyAndReturn({ data, select: { id: true, slotId: true } });
  for (const r of created) reportIds.set(r.slotId, r.id);
  const events: Prisma.ReportEventCreateManyInput[] = written.flatMap(({ slot, report }) =>
    report.events.map((e) => ({
      tenantId,
      reportId: reportIds.get(slot.id)!,
      actorUserId: e.actor,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      comment: e.comment,
      createdAt: new Date(e.at),
    })),
  );
  await tx.reportEvent.createMany({ data: events });
  counts.reports += created.length;
  counts.reportEvents += events.length;
  return reportIds;
}
