// Section 三 of the briefing: tasks that are delayed or have overdue reports,
// with who is responsible, so the printed page says whom to ask.
import Link from "@/components/ui/link";
import type { TaskBehind } from "@/lib/briefing/tasks-behind";
import { formatDate } from "@/lib/format";
import { TASK_STATUS_LABELS, UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import { BriefingCell, BriefingNumberCell, BriefingRow, BriefingTable, BriefingTitleCell, PhoneNumber } from "./briefing-table";

const COLUMNS = [
  { label: "序号", nowrap: true },
  { label: "任务" },
  { label: "状态", nowrap: true },
  { label: "责任领导" },
  { label: "牵头/责任单位" },
  { label: "逾期未报", nowrap: true },
];

export function BriefingTasksBehind({ tasks }: { tasks: TaskBehind[] }) {
  return (
    <section aria-labelledby="briefing-behind" data-testid="briefing-behind">
      <h2 id="briefing-behind" className="mb-2 text-base font-semibold">
        三、滞后及逾期未报任务（{tasks.length}）
      </h2>
      {tasks.length === 0 ? <p className="text-sm text-slate-500">没有滞后或逾期未报的任务。</p> : <BehindTable tasks={tasks} />}
    </section>
  );
}

function BehindTable({ tasks }: { tasks: TaskBehind[] }) {
  return (
    <BriefingTable columns={COLUMNS}>
      {tasks.map((t) => (
        <BehindRow key={t.id} task={t} />
      ))}
    </BriefingTable>
  );
}

const NOT_NAMED = <span className="text-slate-500">未明确</span>;

function BehindRow({ task: t }: { task: TaskBehind }) {
  return (
    <BriefingRow testId="brief-task">
      <BriefingNumberCell number={t.number} />
      <BriefingTitleCell>
        <PhoneNumber number={t.number} />
        <Link href={`/tasks/${t.id}`} className="break-words hover:underline">
          {t.title}
        </Link>
      </BriefingTitleCell>
      <BriefingCell label="状态" className={`whitespace-nowrap ${t.status === "delayed" ? "font-semibold text-red-700" : ""}`}>
        {TASK_STATUS_LABELS[t.status]}
        <span className="block text-xs font-normal text-slate-500">进度 {t.progress}%</span>
      </BriefingCell>
      <BriefingCell label="责任领导">{t.leaders.length > 0 ? t.leaders.join("、") : NOT_NAMED}</BriefingCell>
      <BriefingCell label="牵头/责任单位">
        {t.units.length > 0 ? t.units.map((u) => `${u.name}（${UNIT_ROLE_LABELS[u.role]}）`).join("、") : NOT_NAMED}
      </BriefingCell>
      <BriefingCell label="逾期未报" className="whitespace-nowrap tabular-nums">
        {t.overdueSlots > 0 ? (
          <>
            {t.overdueSlots} 份<span className="block text-xs text-slate-500">最早应报 {formatDate(t.overdueSince)}</span>
          </>
        ) : (
          "—"
        )}
      </BriefingCell>
    </BriefingRow>
  );
}
