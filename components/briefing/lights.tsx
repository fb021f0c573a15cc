// Section 四 of the briefing: the plan's 亮灯 counts, and its red tasks (past
// due, not done) with the units that answer for them.
import Link from "@/components/ui/link";
import type { RedTask } from "@/lib/briefing/red-tasks";
import { formatDate } from "@/lib/format";
import type { LightCounts } from "@/lib/supervision/count-task-lights";
import { TASK_LIGHT_LABELS, TASK_LIGHTS, UNIT_ROLE_LABELS } from "@/lib/vocabulary";
import { BriefingCell, BriefingNumberCell, BriefingRow, BriefingTable, BriefingTitleCell, PhoneNumber } from "./briefing-table";

const COLUMNS = [{ label: "序号", nowrap: true }, { label: "任务" }, { label: "完成时限", nowrap: true }, { label: "牵头/责任单位" }];

export function BriefingLights({ counts, redTasks }: { counts: LightCounts; redTasks: RedTask[] }) {
  return (
    <section aria-labelledby="briefing-lights" data-testid="briefing-lights">
      <h2 id="briefing-lights" className="mb-2 text-base font-semibold">
        四、任务亮灯情况
      </h2>
      <p className="mb-2 text-sm" data-testid="briefing-light-counts">
        {TASK_LIGHTS.map((l) => `${TASK_LIGHT_LABELS[l]} ${counts[l]} 项`).join("，")}。
      </p>
      {redTasks.length > 0 && (
        <BriefingTable columns={COLUMNS}>
          {redTasks.map((t) => (
            <BriefingRow key={t.id} testId="brief-red-task">
              <BriefingNumberCell number={t.number} />
              <BriefingTitleCell>
                <PhoneNumber number={t.number} />
                <Link href={`/tasks/${t.id}`} className="break-words hover:underline">
                  {t.title}
                </Link>
              </BriefingTitleCell>
              <BriefingCell label="完成时限" className="whitespace-nowrap font-semibold text-red-700">
                {formatDate(t.dueDate)}
                <span className="block text-xs font-normal text-slate-500">
                  {TASK_LIGHT_LABELS.red} · 进度 {t.progress}%
                </span>
              </BriefingCell>
              <BriefingCell label="牵头/责任单位">
                {t.units.length > 0 ? t.units.map((u) => `${u.name}（${UNIT_ROLE_LABELS[u.role]}）`).join("、") : "未明确"}
              </BriefingCell>
            </BriefingRow>
          ))}
        </BriefingTable>
      )}
    </section>
  );
}
