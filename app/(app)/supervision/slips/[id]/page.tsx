import "@/components/print/printable-font";
import Link from "@/components/ui/link";
import { SlipDocumentView } from "@/components/supervision/slip-document-view";
import { SlipReplyForm } from "@/components/supervision/slip-reply-form";
import { PrintButton } from "@/components/briefing/print-button";
import { PdfDownload } from "@/components/ui/pdf-download";
import { Card } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { isUnitBound } from "@/lib/reports/reporter-scope";
import { getSlipDocument } from "@/lib/supervision/slips/get-slip-document";

export const metadata = { title: "督办单" };

const LINK = "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm text-slate-700 hover:bg-slate-50";

export default async function SlipPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("slips:read");
  const id = idOr404((await params).id);
  const slip = await orNotFound(readTenant(session, (tx) => getSlipDocument(tx, session, id)));
  const canReply = !slip.repliedAt && can(session.role, "supervision:respond");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href="/supervision/slips" className="text-sm text-brand-700 hover:underline">
          ← 督办单列表
        </Link>
        <div className="flex flex-wrap gap-2">
          <PrintButton className={LINK} />
          <PdfDownload href={`/api/v1/slips/${slip.id}.pdf`} className={LINK} fallbackName="督办单.pdf" />
          <a href={`/api/v1/slips/${slip.id}.docx`} className={LINK}>
            下载 Word
          </a>
          <Link href={`/tasks/${slip.task.id}`} className={LINK}>
            查看任务
          </Link>
        </div>
      </div>
      <SlipDocumentView slip={slip} />
      {canReply && (
        <Card title="回复督办单" className="mx-auto max-w-3xl print:hidden">
          <SlipReplyForm slipId={slip.id} onBehalfOf={isUnitBound(session) ? null : slip.unit.name} />
        </Card>
      )}
    </div>
  );
}
