// A unit reporter's home: their unit's to-do, phone first. Three counts (shown
// at zero too, so "nothing owed" is an answer), the next deadline, and the most
// urgent slots, each one tap from its form; the full list is /reports.
import Link from "@/components/ui/link";
import { SlotList } from "@/components/reports/slot-list";
import { EmptyState } from "@/components/ui/card";
import type { TenantSession } from "@/lib/auth/session";
import { getUnitTodo, type UnitTodo } from "@/lib/dashboard/unit-todo";
import { readTenant } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { listSlots } from "@/lib/reports/queries/list-slots";
import { UNIT_TODO_COUNTS } from "@/lib/vocabulary";

/** The most urgent open slots listed under the counts (earliest due first, overdue ones lead). */
const URGENT_SHOWN = 5;

export async function ReporterHome({ session }: { session: TenantSession }) {
  const today = todayInChina();
  const { todo, urgent } = await readTenant(session, async (tx) => {
    const todo = await getUnitTodo(tx, session, today);
    const urgent = todo && todo.todo > 0 ? await listSlots(tx, session, { status: "todo", page: 1, pageSize: URGENT_SHOWN }) : null;
    return { todo, urgent };
  });
  if (!todo) return <EmptyState>您的账号尚未绑定单位，请联系本局管理员。</EmptyState>;
  return (
    <section aria-labelledby="unit-todo-title" className="space-y-4" data-testid="unit-todo">
      <h2 id="unit-todo-title" className="text-lg font-semibold break-words">
        <span data-testid="unit-todo-unit">{todo.unitName}</span>
        <span className="ml-2 text-sm font-normal text-slate-500">填报待办</span>
      </h2>
      <TodoCounts todo={todo} />
      <NextDeadline next={todo.next} />
      {urgent && urgent.items.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-sm font-medium text-slate-600">最紧急的 {urgent.items.length} 项</h3>
          <SlotList items={urgent.items} today={today} showUnit={false} />
          <Link href="/reports?status=todo" className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
            查看全部 {urgent.total} 项待填报 →
          </Link>
        </div>
      ) : (
        <EmptyState>
          本单位暂无待填报的任务。
          <Link href="/reports?status=all" className="ml-1 text-brand-700 underline">
            查看全部填报
          </Link>
        </EmptyState>
      )}
    </section>
  );
}

function TodoCounts({ todo }: { todo: UnitTodo }) {
  return (
    <ul className="grid grid-cols-3 gap-2" data-testid="unit-todo-counts">
      {UNIT_TODO_COUNTS.map((c) => {
        const value = todo[c.key];
        const alert = value > 0 && c.key !== "todo";
        return (
          <li key={c.key}>
            <Link
              href={c.href}
              data-testid={`todo-${c.key}`}
              className={`block rounded-xl border bg-white px-3 py-2 shadow-sm hover:border-brand-600 ${alert ? "border-red-300" : "border-slate-200"}`}
            >
              <span className="block text-sm text-slate-600">{c.label}</span>
              <span className={`text-2xl font-semibold tabular-nums ${alert ? "text-red-700" : value > 0 ? "text-slate-900" : "text-slate-500"}`}>{value}</span>
              <span className="ml-1 text-sm text-slate-600">项</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function NextDeadline({ next }: { next: UnitTodo["next"] }) {
  if (!next) return <p className="text-sm text-slate-600">近期没有未到期的填报截止日。</p>;
  return (
    <Link
      href={`/reports/${next.slotId}`}
      className="block rounded-xl border border-brand-600/30 bg-brand-50 px-3 py-2 text-sm hover:border-brand-600"
      data-testid="todo-next"
    >
      <span className="text-slate-600">下一个截止日 </span>
      <span className="font-semibold tabular-nums">{formatDate(next.dueOn)}</span>
      <span className="block break-words text-slate-800">
        {next.periodLabel} · {next.taskTitle}
      </span>
    </Link>
  );
}
