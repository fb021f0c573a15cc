// The task page's 五年规划衔接 (decision 0036): the five-year items this task
// moves, suggestions waiting, how many annual tasks moved it (a five-year
// task), and 结转 both ways (接续自 / 已结转至). Nothing to say, no card.
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { TaskRef, TaskThread } from "@/lib/thread/get-task-thread";

export function TaskThreadPanel({ thread }: { thread: TaskThread | null }) {
  if (!thread) return null;
  const fiveYear = thread.planKind === "five_year";
  const empty = thread.moves.length === 0 && thread.pending === 0 && thread.movedBy === 0 && !thread.carriedFrom && thread.carriedTo.length === 0;
  if (empty && fiveYear) return null;
  const threadHref = `/plans/${thread.planId}/thread`;
  return (
    <Card title="五年规划衔接">
      <div className="space-y-2 text-sm" data-testid="task-thread">
        {thread.carriedFrom && <p>接续自 {refText(thread.carriedFrom)}</p>}
        {thread.carriedTo.map((c) => (
          <p key={c.taskId}>已结转至 {refText(c)}</p>
        ))}
        {thread.moves.length > 0 && (
          <div>
            <p className="text-slate-500">推进五年规划：</p>
            <ul className="mt-1 space-y-1">
              {thread.moves.map((m) => (
                <li key={m.targetId} className="break-words">
                  {m.targetKind === "task" ? (
                    <Link href={`/tasks/${m.targetId}`} className="text-brand-700 hover:underline">
                      {m.targetNumber}. {m.targetTitle}
                    </Link>
                  ) : (
                    <>指标：{m.targetTitle}</>
                  )}
                  <span className="block text-xs text-slate-500">{m.planTitle}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {fiveYear && thread.movedBy > 0 && (
          <p>
            <Link href={threadHref} className="text-brand-700 hover:underline">
              {thread.movedBy} 项年度任务推进本任务 →
            </Link>
          </p>
        )}
        {!fiveYear && thread.moves.length === 0 && <p className="text-slate-500">尚未关联五年规划</p>}
        {!fiveYear && (
          <p>
            <Link href={threadHref} className="text-brand-700 hover:underline">
              {thread.pending > 0 ? `${thread.pending} 条关联建议待确认 →` : "查看本计划的五年规划衔接 →"}
            </Link>
          </p>
        )}
      </div>
    </Card>
  );
}

function refText(ref: TaskRef) {
  return (
    <Link href={`/tasks/${ref.taskId}`} className="text-brand-700 hover:underline">
      {ref.year}年《{ref.planTitle}》任务 {ref.number}
    </Link>
  );
}
