// The plan page's 公开发布 card for a bureau admin: whether the plan is on the
// public page, what it shows, and the form to publish, change or unpublish.
import { Card } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatDateTime } from "@/lib/format";
import { readPublication } from "@/lib/public/read-publication";
import { PublishForm } from "./publish-form";

export async function PublishPanel({ session, planId }: { session: TenantSession; planId: string }) {
  const publication = await readTenant(session, (tx) => readPublication(tx, session.tenant.tenantId, planId));
  const href = `/public/${session.tenant.tenantCode}/${planId}`;
  return (
    <Card title="公开发布" className="mb-4">
      <p className="mb-3 text-sm text-slate-600" data-testid="publication-state">
        {publication ? (
          <>
            已于 {formatDateTime(publication.publishedAt)} 公开：
            <a href={href} className="break-all text-brand-700 underline">
              {href}
            </a>
          </>
        ) : (
          "未公开。公开后，任何人无需登录即可在公开页查看所选内容；填报内容、佐证材料和除责任领导外的人员从不公开。"
        )}
      </p>
      <PublishForm
        planId={planId}
        published={publication !== null}
        values={publication ?? { showTasks: true, showProgress: true, showIndicators: true, showLeaders: false }}
      />
    </Card>
  );
}
