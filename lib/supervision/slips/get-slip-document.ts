// A 督办单 with everything its official layout shows (page, PDF, .docx): the
// slip, its task and unit, the issuing bureau, and who issued and replied.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { actorNames } from "@/lib/reports/queries/actor-names";
import { todayInChina } from "@/lib/reports/periods";
import { slipNumberText } from "@/lib/vocabulary";
import { loadSlip } from "./load-slip";

export async function getSlipDocument(tx: Tx, session: TenantSession, slipId: string, today: Date = todayInChina()) {
  const slip = await loadSlip(tx, session, slipId);
  const names = await actorNames(tx, [{ actorUserId: slip.issuedById }, { actorUserId: slip.repliedById }]);
  return {
    id: slip.id,
    numberText: slipNumberText(slip.year, slip.number),
    level: slip.level,
    body: slip.body,
    replyBy: slip.replyBy,
    issuedAt: slip.issuedAt,
    issuer: session.tenant.tenantName,
    issuedBy: slip.issuedById ? (names.get(slip.issuedById) ?? null) : null,
    unit: slip.orgUnit,
    task: slip.task,
    reply: slip.reply,
    repliedAt: slip.repliedAt,
    repliedBy: slip.repliedById ? (names.get(slip.repliedById) ?? null) : null,
    overdue: slip.repliedAt === null && slip.replyBy.getTime() < today.getTime(),
  };
}

export type SlipDocument = Awaited<ReturnType<typeof getSlipDocument>>;
