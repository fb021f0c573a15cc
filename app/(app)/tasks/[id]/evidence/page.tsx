// All of a task's evidence, a page at a time (the task page shows the newest few).
import { Card, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { EvidenceFiles } from "@/components/reports/evidence-files";
import { evidenceListItem } from "@/components/reports/task-evidence";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { idOr404, orNotFound } from "@/lib/http/not-found";
import { listQuerySchema } from "@/lib/pagination";
import { getTaskHeading } from "@/lib/plans/queries/get-task-heading";
import { listTaskEvidence } from "@/lib/reports/queries/task-evidence";

export const metadata = { title: "任务佐证材料" };

const PAGE_SIZE = 24;

export default async function TaskEvidencePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await requireTenantSession("reports:read");
  const id = idOr404((await params).id);
  const { page } = listQuerySchema.parse(await searchParams);
  const { task, evidence } = await orNotFound(
    readTenant(session, async (tx) => ({
      task: await getTaskHeading(tx, session.tenant.tenantId, id),
      evidence: await listTaskEvidence(tx, session, id, { page, pageSize: PAGE_SIZE }),
    })),
  );
  return (
    <>
      <PageHeader title="佐证材料" description={`${task.number}. ${task.title}`} back={{ href: `/tasks/${task.id}`, label: "返回任务" }} />
      <Card>
        {evidence.items.length === 0 ? (
          <p className="text-sm text-slate-500">没有可查看的佐证材料</p>
        ) : (
          <EvidenceFiles files={evidence.items.map(evidenceListItem)} label="任务佐证材料" testId="task-evidence" />
        )}
      </Card>
      <Pager page={evidence.page} pageCount={evidence.pageCount} total={evidence.total} params={{}} />
    </>
  );
}
