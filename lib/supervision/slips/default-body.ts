// The text a new 督办单 starts with: names the unit, the task, its deadline and
// its progress, and what the level means, so staff only adjust it.
import type { SlipLevel } from "@/lib/generated/prisma/enums";

export interface SlipBodyFacts {
  unitName: string;
  taskNumber: number;
  taskTitle: string;
  /** The task's deadline as a calendar date (UTC midnight), or null for none. */
  dueDate: Date | null;
  progress: number;
  /** Where the straight line says progress should be today, when known. */
  expectedProgress: number | null;
  level: SlipLevel;
}

function situation(facts: SlipBodyFacts): string {
  if (facts.level === "red") return "已超过完成时限，任务尚未完成";
  if (facts.level === "yellow") {
    return facts.expectedProgress !== null ? `工作进度滞后（按时序进度应达到 ${facts.expectedProgress}%）` : "工作进度滞后";
  }
  return facts.dueDate ? "临近完成时限" : "工作需加快推进";
}

export function defaultSlipBody(facts: SlipBodyFacts): string {
  const deadline = facts.dueDate ? `完成时限为 ${facts.dueDate.toISOString().slice(0, 10)}` : "无明确完成时限";
  return (
    `${facts.unitName}：\n` +
    `你单位承担的任务 ${facts.taskNumber}“${facts.taskTitle}”${deadline}，当前进度 ${facts.progress}%，${situation(facts)}。` +
    `请高度重视，采取有效措施加快推进，并于回复期限前将办理情况、存在问题及下一步措施回复。`
  );
}
