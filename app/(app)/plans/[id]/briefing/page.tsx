// The plan's briefing (简报): one page to print or send as PDF — headline
// figures, indicators against their path, and the tasks behind. The screen
// shows it as a sheet with two buttons; print hides the app header (layout),
// the buttons and the backgrounds' decoration, keeps rows whole, prints black.
import "@/components/print/printable-font";
import { BriefingHeader } from "@/components/briefing/briefing-header";
import { BriefingToolbar } from "@/components/briefing/briefing-toolbar";
import { BriefingHeadline } from "@/components/briefing/headline";
import { BriefingIndicators } from "@/components/briefing/indicators";
import { BriefingTasksBehind } from "@/components/briefing/tasks-behind";
import { BriefingLights } from "@/components/briefing/lights";
import { requireTenantSession } from "@/lib/auth/guards";
import { getBriefing } from "@/lib/briefing/get-briefing";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { todayInChina } from "@/lib/reports/periods";

export const metadata = { title: "简报" };

export default async function PlanBriefingPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireTenantSession("plans:read");
  const id = idOr404((await params).id);
  const now = new Date();
  const briefing = await orNotFound(readTenant(session, (tx) => getBriefing(tx, session.tenant.tenantId, id, todayInChina(now))));
  return (
    <div className="print:text-black print:**:text-black">
      {/* A4 with a printer's margin (the PDF route asks Chromium to honour it). */}
      <style>{"@page { size: A4; margin: 14mm 12mm; }"}</style>
      <BriefingToolbar plan={briefing.plan} />
      <article
        className="mx-auto max-w-[52rem] space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
        data-testid="briefing"
      >
        <BriefingHeader tenantName={session.tenant.tenantName} plan={briefing.plan} now={now} />
        <BriefingHeadline headline={briefing.headline} />
        <BriefingIndicators indicators={briefing.indicators} />
        <BriefingTasksBehind tasks={briefing.tasksBehind} />
        <BriefingLights counts={briefing.lights} redTasks={briefing.redTasks} />
      </article>
    </div>
  );
}
