// 我负责的任务: the reporter's unit's 待签收 tasks, each with its 签收 button.
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import { AWAITING_ACK_LABEL } from "@/lib/vocabulary";
import { AcknowledgeButton } from "./supervision-forms";

export interface AwaitingTask {
  taskId: string;
  orgUnitId: string;
  unitName: string;
  number: number;
  title: string;
  assignedOn: string;
}

export function AwaitingAcknowledgement({ tasks }: { tasks: AwaitingTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <Card title={`${AWAITING_ACK_LABEL}（${tasks.length}）`} className="mb-4">
      <ul className="divide-y divide-slate-100 text-sm" data-testid="awaiting-ack">
        {tasks.map((t) => (
          <li key={t.taskId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0">
              <Link href={`/tasks/${t.taskId}`} className="text-brand-700 underline">
                任务 {t.number}：{t.title}
              </Link>
              <span className="ml-2 text-xs text-slate-500">{t.assignedOn} 交办</span>
            </span>
            <AcknowledgeButton taskId={t.taskId} unit={{ orgUnitId: t.orgUnitId, name: t.unitName }} pickUnit={false} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
