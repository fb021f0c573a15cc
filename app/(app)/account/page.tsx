import { ChangePasswordForm } from "@/components/account/change-password-form";
import { EndAllSessionsButton } from "@/components/auth/end-all-sessions-button";
import { formatDateTime } from "@/lib/format";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { FAILURES_SHOWN_DAYS, listOwnFailures } from "@/lib/account/list-own-failures";
import { listOwnSessions } from "@/lib/account/list-own-sessions";
import { requireSession } from "@/lib/auth/guards";
import { withUser } from "@/lib/auth/user-scope";

export const metadata = { title: "账号与安全" };

export default async function AccountPage() {
  const session = await requireSession();
  const { sessions, failures } = await withUser(
    session.userId,
    async (tx) => ({ sessions: await listOwnSessions(tx, session), failures: await listOwnFailures(tx, session.userId) }),
    { readOnly: true },
  );
  return (
    <>
      <PageHeader title="账号与安全" description={`${session.displayName}（${session.username}）`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="修改密码">
          <ChangePasswordForm />
        </Card>
        <Card title="登录中的设备" actions={<EndAllSessionsButton />}>
          {sessions.total > sessions.items.length && (
            <p className="mb-2 text-sm text-slate-600" data-testid="session-count">
              共 {sessions.total} 台设备登录中，以下为本机和最近登录的 {sessions.items.length - 1} 台；其余可用“退出所有设备”一并退出。
            </p>
          )}
          <ul className="divide-y divide-slate-100" data-testid="session-list">
            {sessions.items.map((s) => (
              <li key={s.id} className="py-2 text-sm">
                <p className="font-medium">
                  {s.device}
                  {s.current && <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">当前设备</span>}
                </p>
                <p className="text-xs text-slate-500">
                  {formatDateTime(s.createdAt)} 登录 · 来自 {s.address} · {formatDateTime(s.expiresAt)} 前有效
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={`近 ${FAILURES_SHOWN_DAYS} 天失败的登录尝试`}>
          {failures.total === 0 ? (
            <EmptyState>没有失败的登录尝试</EmptyState>
          ) : (
            <>
              <p className="mb-2 text-sm text-slate-600" data-testid="failure-count">
                共 {failures.total} 次{failures.total > failures.items.length ? `，以下为最近 ${failures.items.length} 次` : ""}
                。如非本人操作，请修改密码并联系管理员。
              </p>
              <ul className="divide-y divide-slate-100" data-testid="failure-list">
                {failures.items.map((f, i) => (
                  <li key={i} className="py-2 text-sm">
                    {formatDateTime(f.at)} · 来自 {f.address} · <span className="text-slate-500">{f.device}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
