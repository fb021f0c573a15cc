// What the plan document says about a task: its goal, its measures, its
// targets and indicators, and the original text it was parsed from.
import { Card } from "@/components/ui/card";
import { formatBaseline, formatTarget } from "@/lib/format";
import type { TaskDetail } from "@/lib/plans/queries/get-task";

export function TaskGoal({ goal }: { goal: string | null }) {
  return (
    <Card title="目标任务">
      {goal ? <p className="text-sm leading-relaxed whitespace-pre-wrap break-words">{goal}</p> : <p className="text-sm text-slate-500">文件未单列目标任务</p>}
    </Card>
  );
}

export function TaskMeasures({ measures }: { measures: TaskDetail["measures"] }) {
  return (
    <Card title="工作举措">
      {measures.length === 0 ? (
        <p className="text-sm text-slate-500">暂无</p>
      ) : (
        <ol className="list-decimal space-y-2 pl-5 text-sm leading-relaxed" data-testid="task-measures">
          {measures.map((m) => (
            <li key={m.id} className="break-words">
              {m.text}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

export function TaskIndicators({ indicators }: { indicators: TaskDetail["indicators"] }) {
  if (indicators.length === 0) return null;
  return (
    <Card title={`目标与指标（${indicators.length}）`}>
      <ul className="divide-y divide-slate-100 text-sm">
        {indicators.map((i) => (
          <li key={i.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span className="min-w-0 break-words">{i.name}</span>
            <span className="shrink-0 text-slate-600 tabular-nums">
              <span className="font-medium text-slate-900">{formatTarget(i)}</span>
              {i.targetYear ? `（${i.targetYear}年）` : ""}
              {i.baselineValue !== null && <span className="ml-2 text-xs">基期 {formatBaseline(i.baselineValue, i.baselineYear, i.unit)}</span>}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function TaskSource({ task }: { task: Pick<TaskDetail, "sourceText" | "sourceLine"> }) {
  if (!task.sourceText) return null;
  return (
    <Card title={task.sourceLine ? `文件原文（第 ${task.sourceLine} 行起）` : "文件原文"}>
      <pre className="max-h-96 overflow-auto font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-slate-700" data-testid="task-source">
        {task.sourceText}
      </pre>
    </Card>
  );
}
