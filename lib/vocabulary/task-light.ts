// 亮灯: a task's deadline light (lib/supervision/light.ts decides it). Tasks
// that are done carry no light; ongoing or undated tasks show 持续 / 无时限.

/** Worst first: the order of filters, counts and sorting. */
export const TASK_LIGHTS = ["red", "yellow", "green", "none", "done"] as const;

export type TaskLight = (typeof TASK_LIGHTS)[number];

export const TASK_LIGHT_LABELS: Record<TaskLight, string> = {
  red: "红灯",
  yellow: "黄灯",
  green: "绿灯",
  none: "持续/无时限",
  done: "已完成",
};

/** Why a light is what it is, in a word the list can show beside it. */
export const TASK_LIGHT_REASON_LABELS = {
  overdue: "已逾期",
  "due-soon": "临近时限",
  behind: "进度滞后",
  "on-track": "正常推进",
} as const;

export type TaskLightReason = keyof typeof TASK_LIGHT_REASON_LABELS;

/** A 销号 task's light cell in the ledger: 已销号（2025-10-08）. */
export function closedLightText(date: string): string {
  return `已销号（${date}）`;
}

/** The task page's line once the bureau approved 办结销号: 已于 2025年10月8日 办结销号. */
export function closedOnText(chineseDate: string): string {
  return `已于 ${chineseDate} 办结销号`;
}

/** 待签收 is a flag beside the colour, never a colour. */
export const AWAITING_ACK_LABEL = "待签收";

/** "红灯（已逾期）", "持续/无时限": the light with its reason, as one cell or badge reads. */
export function taskLightText(light: TaskLight, reason: TaskLightReason | null): string {
  return reason && light !== "done" && light !== "none" ? `${TASK_LIGHT_LABELS[light]}（${TASK_LIGHT_REASON_LABELS[reason]}）` : TASK_LIGHT_LABELS[light];
}
