import { AccountName } from "@/components/ui/account-name";
import { EndUserSessionsButton } from "@/components/auth/end-user-sessions-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { SearchForm } from "@/components/ui/list-controls";
import { findUsersForPlatform } from "@/lib/account/find-users-for-platform";
import { requirePlatformAdmin } from "@/lib/auth/guards";
import { withUser } from "@/lib/auth/user-scope";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "账号会话" };

export default async function PlatformAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requirePlatformAdmin();
  const { q } = listQuerySchema.parse(await searchParams);
  const users = q ? await withUser(session.userId, (tx) => findUsersForPlatform(tx, q), { readOnly: true }) : [];
  return (
    <>
      <PageHeader title="账号会话" description="按用户名或姓名查找任一账号，结束其全部登录会话（如账号疑似被盗用）。" />
      <SearchForm q={q} placeholder="用户名或姓名" />
      {!q ? null : users.length === 0 ? (
        <EmptyState>没有符合条件的账号</EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="account-list">
            {users.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-username={u.username}>
                <div>
                  <AccountName displayName={u.displayName} username={u.username} isActive={u.isActive} />
                  <p className="text-xs text-slate-500">{u.liveSessions} 个登录中的会话</p>
                </div>
                <EndUserSessionsButton userId={u.id} />
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
