import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditList } from "@/components/audit/audit-list";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { auditFilterParams, auditFilterSchema } from "@/lib/audit/filter";
import { AUDIT_MESSAGES } from "@/lib/audit/messages";
import { listAuditEvents } from "@/lib/audit/list-audit";
import { readTenant } from "@/lib/db/tenant-scope";

export const metadata = { title: AUDIT_MESSAGES.pageTitle };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("audit:read");
  const filter = auditFilterSchema.parse(await searchParams);
  const page = await readTenant(session, (tx) => listAuditEvents(tx, session.tenant.tenantId, filter));
  return (
    <>
      <PageHeader title={AUDIT_MESSAGES.pageTitle} description={AUDIT_MESSAGES.pageDescription} />
      <AuditFilterForm filter={filter} />
      {page.items.length === 0 ? <EmptyState>{AUDIT_MESSAGES.empty}</EmptyState> : <AuditList items={page.items} />}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={auditFilterParams(filter)} />
    </>
  );
}
