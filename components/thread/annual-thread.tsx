// An annual plan's thread (decision 0036): each task with the five-year items
// it moves (confirmed) and the suggestions waiting, each with its reason;
// staff confirm or remove them.
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/plans/status-badge";
import { EmptyState } from "@/components/ui/card";
import { Pager } from "@/components/ui/list-controls";
import type { Page } from "@/lib/pagination";
import type { AnnualTask, ThreadLink } from "@/lib/thread/list-annual-thread";
import { LINK_STATE_LABELS } from "@/lib/vocabulary";
import { ConfirmLinkButton, RemoveLinkButton } from "./thread-forms";

export function AnnualThread({ tasks, canLink }: { tasks: Page<AnnualTask>; canLink: boolean }) {
  if (tasks.total === 0) return <EmptyState>这份计划还没有任务</EmptyState>;
  return (
    <>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="annual-thread">
        {tasks.items.map((task) => (
          <li key={task.id} className="space-y-2 p-4" data-task-id={task.id}>
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/tasks/${task.id}`} className="font-medium break-words text-brand-700 hover:underline">
                {task.number}. {task.title}
              </Link>
              <StatusBadge status={task.status} progress={task.progress} />
            </div>
            {task.links.length === 0 ? (
              <p className="text-sm text-slate-500">尚未关联五年规划</p>
            ) : (
              <ul className="space-y-2">
                {task.links.map((link) => (
                  <LinkRow key={link.linkId} link={link} canLink={canLink} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <Pager page={tasks.page} pageCount={tasks.pageCount} total={tasks.total} params={{}} />
    </>
  );
}

function LinkRow({ link, canLink }: { link: ThreadLink; canLink: boolean }) {
  const target = link.targetKind === "task" ? `${link.targetNumber}. ${link.targetTitle}` : `指标：${link.targetTitle}`;
  const suggested = link.state === "suggested";
  return (
    <li className={`rounded-lg p-3 text-sm ${suggested ? "bg-amber-50" : "bg-slate-50"}`} data-link-state={link.state}>
      <p className="break-words">
        <span className={`mr-2 rounded px-1.5 py-0.5 text-xs ${suggested ? "bg-amber-100 text-amber-900" : "bg-green-50 text-green-800"}`}>
          {LINK_STATE_LABELS[link.state]}
        </span>
        {link.targetKind === "task" ? (
          <Link href={`/tasks/${link.targetId}`} className="text-brand-700 hover:underline">
            {target}
          </Link>
        ) : (
          target
        )}
      </p>
      <p className="mt-1 text-xs break-words text-slate-600">
        {link.planTitle}
        {link.reason ? ` · ${link.reason}` : ""}
      </p>
      {canLink && (
        <div className="mt-2 flex flex-wrap gap-2">
          {suggested && <ConfirmLinkButton linkId={link.linkId} target={target} />}
          <RemoveLinkButton linkId={link.linkId} target={target} />
        </div>
      )}
    </li>
  );
}
