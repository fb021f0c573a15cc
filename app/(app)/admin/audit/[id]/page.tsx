import Link from "@/components/ui/link";
import { SnapshotView } from "@/components/audit/snapshot-view";
import { formatDateTime } from "@/lib/format";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { describeHistoryCounts, jsonText } from "@/lib/audit/describe";
import { getAuditEvent } from "@/lib/audit/get-audit-event";
import { auditActionLabel, auditEntityLabel } from "@/lib/vocabulary";
import { AUDIT_MESSAGES } from "@/lib/audit/messages";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";

export const metadata = { title: AUDIT_MESSAGES.pageTitle };

export default async function AuditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("audit:read");
  const id = idOr404((await params).id);
  const { event, snapshot, actorNames } = await orNotFound(readTenant(session, (tx) => getAuditEvent(tx, session.tenant.tenantId, id)));
  const before = (event.before ?? null) as Record<string, unknown> | null;
  const title = String(before?.title ?? before?.name ?? "");
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500" aria-label="面包屑">
        <Link href="/admin/audit" className="hover:underline">
          {AUDIT_MESSAGES.pageTitle}
        </Link>
      </nav>
      <PageHeader
        title={`${auditActionLabel(event.action)}${title ? `：${title}` : ""}`}
        description={`${formatDateTime(event.createdAt)} · ${(event.actorUserId && actorNames[event.actorUserId]) || AUDIT_MESSAGES.system} · ${auditEntityLabel(event.entityType)} ${event.entityId ?? ""}`}
      />
      <div className="space-y-4">
        {snapshot && (
          <Card title={describeHistoryCounts(before?.history) ?? AUDIT_MESSAGES.snapshotKept}>
            <SnapshotView snapshot={snapshot} actorNames={actorNames} />
          </Card>
        )}
        <Card title="变更内容">
          <dl className="space-y-2 text-xs">
            <dt className="text-slate-500">变更前</dt>
            <dd className="break-all">{jsonText(event.before) || "—"}</dd>
            <dt className="text-slate-500">变更后</dt>
            <dd className="break-all">{jsonText(event.after) || "—"}</dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
