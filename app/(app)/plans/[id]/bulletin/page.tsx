// A plan's bulletin (通报) for one reporting period: units ranked, leaders by
// their tasks' state, the 亮灯 counts — the same content as its .docx, and the
// page its PDF prints. Without ?period, the latest period that has opened.
import "@/components/print/printable-font";
import Link from "@/components/ui/link";
import { BulletinToolbar } from "@/components/bulletin/bulletin-toolbar";
import { OfficialSheet } from "@/components/bulletin/official-sheet";
import { PlanBreadcrumb } from "@/components/plans/plan-breadcrumb";
import { requireTenantSession } from "@/lib/auth/guards";
import { getPlanBulletin } from "@/lib/bulletin/get-plan-bulletin";
import { planBulletinDocument } from "@/lib/bulletin/plan-bulletin-text";
import { readTenant } from "@/lib/db/tenant-scope";
import { ConflictError } from "@/lib/errors";
import { getPlanHeading } from "@/lib/plans/queries/get-plan-heading";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { todayInChina } from "@/lib/reports/periods";
import { BULLETIN_LABEL } from "@/lib/vocabulary";

export const metadata = { title: BULLETIN_LABEL };

export default async function PlanBulletinPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const requested = (await searchParams).period;
  const periodId = requested ? idOr404(requested) : undefined;
  const tenantId = session.tenant.tenantId;
  const bulletin = await orNotFound(
    noOpenedPeriodOr(
      readTenant(session, (tx) => getPlanBulletin(tx, { tenantId, issuer: session.tenant.tenantName, planId: id, periodId, today: todayInChina() })),
    ),
  );
  if (bulletin instanceof ConflictError) {
    const plan = await orNotFound(readTenant(session, (tx) => getPlanHeading(tx, tenantId, id)));
    return (
      <div className="space-y-3">
        <PlanBreadcrumb plan={plan} />
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" role="status">
          {bulletin.message}
        </p>
        <Link href="/reports/periods" className="text-sm text-brand-700 hover:underline">
          前往填报期
        </Link>
      </div>
    );
  }
  const query = `?period=${bulletin.period.id}`;
  return (
    <div className="print:text-black print:**:text-black">
      <style>{"@page { size: A4; margin: 20mm 18mm; }"}</style>
      <BulletinToolbar
        back={<PlanBreadcrumb plan={bulletin.plan} />}
        picker={{ name: "period", label: "填报期", value: bulletin.period.id, options: bulletin.opened.map((p) => ({ value: p.id, label: p.label })) }}
        downloads={{ docx: `/api/v1/plans/${id}/bulletin.docx${query}`, pdf: `/api/v1/plans/${id}/bulletin.pdf${query}` }}
      />
      <OfficialSheet content={planBulletinDocument(bulletin)} testId="bulletin" />
    </div>
  );
}

/** A plan with no opened period is a page of its own (what to do next), not an error page. */
async function noOpenedPeriodOr<T>(load: Promise<T>): Promise<T | ConflictError> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof ConflictError) return err;
    throw err;
  }
}
