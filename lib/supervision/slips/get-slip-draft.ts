// What the 下发督办单 form starts from, for one task: the units it may go to,
// the level its 亮灯 suggests, a default body naming the task, its deadline and
// progress, and a reply-by date three days on.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import { getTask } from "@/lib/plans/queries/get-task";
import { todayInChina } from "@/lib/reports/periods";
import { DEFAULT_DUE_SOON_DAYS, taskLight } from "@/lib/supervision/light";
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

export async function getSlipDraft(tx: Tx, session: TenantSession, taskId: string, today: Date = todayInChina()): Promise<SlipDraft> {
  const tenantId = session.tenant.tenantId;
  const task = await getTask(tx, tenantId, taskId);
  const settings = await tx.supervisionSettings.findFirst({ where: { tenantId } });
  const light = taskLight(task, task.plan.startYear, today, settings?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
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
