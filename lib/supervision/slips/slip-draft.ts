// What the 下发督办单 form starts from, for one task: the units it may go to,
// the level its 亮灯 suggests, a default body naming the task, its deadline and
// progress, and a reply-by date three days on. Pure: the task page has read
// the task and judged its light already (lib/tasks/read-task-page.ts).
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import type { TaskDetail } from "@/lib/plans/queries/get-task";
import type { LightResult } from "@/lib/supervision/light";
import { defaultSlipBody } from "./default-body";
import { suggestSlipLevel } from "./suggest-level";

/** Days a unit gets to reply unless staff choose otherwise. */
export const DEFAULT_REPLY_DAYS = 3;
const DAY_MS = 86_400_000;

export interface SlipDraftUnit {
  id: string;
  name: string;
  body: string;
}

export interface SlipDraft {
  taskId: string;
  level: SlipLevel;
  /** Whether the level came from the task's light (else the mildest, 蓝). */
  suggested: boolean;
  replyBy: string;
  minReplyBy: string;
  /** Each linked unit with the default body addressed to it. */
  units: SlipDraftUnit[];
}

export function slipDraftFor(task: TaskDetail, light: LightResult, today: Date): SlipDraft {
  const suggestion = suggestSlipLevel(light);
  const level = suggestion ?? "blue";
  // A unit may be linked twice (lead and cooperate): one choice each.
  const units = [...new Map(task.units.map((u) => [u.orgUnit.id, u.orgUnit])).values()];
  return {
    taskId: task.id,
    level,
    suggested: suggestion !== null,
    replyBy: new Date(today.getTime() + DEFAULT_REPLY_DAYS * DAY_MS).toISOString().slice(0, 10),
    minReplyBy: today.toISOString().slice(0, 10),
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      body: defaultSlipBody({
        unitName: u.name,
        taskNumber: task.number,
        taskTitle: task.title,
        dueDate: task.dueDate,
        progress: task.progress,
        expectedProgress: light.expectedProgress,
        level,
      }),
    })),
  };
}
