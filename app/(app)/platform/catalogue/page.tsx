import { CreateDefinitionForm, ReviseDefinitionForm } from "@/components/indicators/definition-forms";
import { DefinitionSummary } from "@/components/indicators/definition-summary";
import { currentVersionOf, DefinitionVersions } from "@/components/indicators/definition-versions";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePlatformAdmin } from "@/lib/auth/guards";
import { appClient } from "@/lib/db/tenant-scope";
import { listCatalogue } from "@/lib/indicators/list-catalogue";

export const metadata = { title: "口径库管理" };

export default async function PlatformCataloguePage() {
  await requirePlatformAdmin();
  // Global table: no tenant scope to open.
  const definitions = await listCatalogue(await appClient());
  return (
    <>
      <PageHeader
        title="口径库管理"
        description="修订口径会发布新版本并成为当前版本；旧版本保留不改，已上报的数据仍按上报时的版本解读。"
        back={{ href: "/platform", label: "平台管理" }}
      />
      <ul className="space-y-3" data-testid="platform-catalogue-list">
        {definitions.map((d) => {
          return (
            <li key={d.id} id={d.code} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <DefinitionSummary definition={d} showCode />
              <div className="mt-2">
                <DefinitionVersions definition={d} />
              </div>
              <details className="mt-3 border-t border-slate-100 pt-3">
                <summary className="cursor-pointer text-sm text-brand-700">修订口径</summary>
                <div className="mt-3">
                  <ReviseDefinitionForm
                    key={d.currentVersion}
                    definitionId={d.id}
                    currentVersion={d.currentVersion}
                    definition={currentVersionOf(d)?.definition ?? ""}
                    unit={d.unit}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <Card title="新建口径" className="mt-6">
        <CreateDefinitionForm />
      </Card>
    </>
  );
}
