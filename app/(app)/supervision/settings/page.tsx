import { SupervisionSettingsForm } from "@/components/supervision/settings-form";
import { PageHeader } from "@/components/ui/card";
import { requireTenantSession } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { readTenant } from "@/lib/db/tenant-scope";
import { getSupervisionSettings } from "@/lib/supervision/settings";

export const metadata = { title: "督办设置" };

/** The bureau's 亮灯 and 签收 days: staff read them, the bureau admin sets them. */
export default async function SupervisionSettingsPage() {
  const session = await requireTenantSession("supervision:settings:read");
  const values = await readTenant(session, (tx) => getSupervisionSettings(tx, session.tenant.tenantId));
  return (
    <>
      <PageHeader
        title="督办设置"
        description="亮灯规则：已过完成时限未完成为红灯；临近时限或进度落后于时间进度（自规划首年1月1日起至完成时限匀速推进）为黄灯；其余为绿灯。"
      />
      <SupervisionSettingsForm values={values} canEdit={can(session.role, "supervision:settings")} />
    </>
  );
}
