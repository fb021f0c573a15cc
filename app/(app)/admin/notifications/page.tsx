import { AddUnitRobotForm } from "@/components/notifications/add-unit-robot-form";
import { OutboxFilterForm, OutboxList, outboxFilterParams } from "@/components/notifications/outbox-list";
import { RobotSlot } from "@/components/notifications/robot-forms";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { listOutbox } from "@/lib/outbox/list-outbox";
import { listRobotSettings } from "@/lib/outbox/list-robots";
import { NOTIFICATION_MESSAGES as M } from "@/lib/outbox/messages";
import { outboxFilterSchema } from "@/lib/outbox/schemas";
import { ROBOT_KIND_LABELS, ROBOT_KINDS } from "@/lib/vocabulary";

export const metadata = { title: M.pageTitle };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("notifications:manage");
  const filter = outboxFilterSchema.parse(await searchParams);
  const tenantId = session.tenant.tenantId;
  const { settings, outbox } = await readTenant(session, async (tx) => ({
    settings: await listRobotSettings(tx, tenantId),
    outbox: await listOutbox(tx, tenantId, filter),
  }));
  return (
    <>
      <PageHeader title={M.pageTitle} description={M.pageDescription} />
      <section className="mb-6" aria-labelledby="bureau-robots">
        <h2 id="bureau-robots" className="mb-2 text-base font-semibold">
          本局群机器人
        </h2>
        <p className="mb-2 text-xs text-slate-500">没有设置自己机器人的单位，其提醒发到本局的群。</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {ROBOT_KINDS.map((kind) => (
            <RobotSlot key={kind} orgUnitId="" ownerName={M.bureau} kind={kind} robot={settings.bureau.find((r) => r.kind === kind)} />
          ))}
        </div>
      </section>
      <section className="mb-6" aria-labelledby="unit-robots">
        <h2 id="unit-robots" className="mb-2 text-base font-semibold">
          单位群机器人
        </h2>
        {settings.units.map((unit) => (
          <div key={unit.id} className="mb-3">
            <h3 className="mb-1 text-sm font-medium">{unit.name}</h3>
            <div className="grid gap-3 sm:grid-cols-2">
              {ROBOT_KINDS.map((kind) => (
                <RobotSlot key={kind} orgUnitId={unit.id} ownerName={unit.name} kind={kind} robot={unit.robots.find((r) => r.kind === kind)} />
              ))}
            </div>
          </div>
        ))}
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-brand-700">为单位设置机器人</summary>
          <div className="mt-2">
            <AddUnitRobotForm units={settings.unitOptions} />
          </div>
        </details>
      </section>
      <section className="mb-6 text-sm text-slate-600" aria-labelledby="deployment">
        <h2 id="deployment" className="mb-2 text-base font-semibold text-slate-900">
          部署设置
        </h2>
        <p>邮件：{settings.deployment.smtp ? "已配置邮件服务器，发给账号上填写了邮箱的成员" : M.smtpMissingPage}</p>
        {settings.deployment.robots.map((r) => (
          <p key={r.kind}>
            {M.envDefault}
            {ROBOT_KIND_LABELS[r.kind]}：{r.url}（本局和单位都未设置时使用）
          </p>
        ))}
      </section>
      <section id="outbox" aria-labelledby="outbox-title">
        <h2 id="outbox-title" className="mb-2 text-base font-semibold">
          发送记录
        </h2>
        <OutboxFilterForm filter={filter} />
        {outbox.items.length === 0 ? <EmptyState>{M.emptyOutbox}</EmptyState> : <OutboxList items={outbox.items} />}
        <Pager page={outbox.page} pageCount={outbox.pageCount} total={outbox.total} params={outboxFilterParams(filter)} hash="#outbox" />
      </section>
    </>
  );
}
