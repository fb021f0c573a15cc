import { InboxList } from "@/components/inbox/inbox-list";
import { MarkAllReadButton } from "@/components/inbox/mark-all-read-button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import { requireTenantSession } from "@/lib/auth/guards";
import { readTenant } from "@/lib/db/tenant-scope";
import { listInbox } from "@/lib/inbox/list-inbox";
import { countUnread } from "@/lib/inbox/unread-count";
import { listQuerySchema } from "@/lib/pagination";

export const metadata = { title: "消息" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireTenantSession("inbox:read");
  const { page: pageNo } = listQuerySchema.parse(await searchParams);
  const { page, unread } = await readTenant(session, async (tx) => ({
    page: await listInbox(tx, session, { page: pageNo }),
    unread: await countUnread(tx, session),
  }));
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="消息"
        description={unread ? `${unread} 条未读` : "催办、审核结果和每日待办汇总"}
        actions={<MarkAllReadButton disabled={unread === 0} />}
      />
      {page.items.length === 0 ? <EmptyState>暂无消息</EmptyState> : <InboxList items={page.items} />}
      <Pager page={page.page} pageCount={page.pageCount} total={page.total} params={{}} />
    </div>
  );
}
