// The words of 督办: its steps (a task's history), requests and 督办单 levels.
import type { SlipLevel, SupervisionEventKind, SupervisionRequestKind, SupervisionRequestState } from "@/lib/generated/prisma/enums";

export const SUPERVISION_EVENT_LABELS: Record<SupervisionEventKind, string> = {
  assigned: "交办",
  acknowledged: "签收",
  extension_requested: "申请延期",
  extension_approved: "同意延期",
  extension_refused: "不同意延期",
  closing_requested: "申请办结销号",
  closing_approved: "办结销号",
  closing_returned: "退回销号申请",
  slip_issued: "下发督办单",
  slip_replied: "回复督办单",
  urged: "催办",
};

export const SUPERVISION_REQUEST_KIND_LABELS: Record<SupervisionRequestKind, string> = {
  extension: "延期申请",
  closing: "销号申请",
};

/** A request's state reads differently by kind: an extension is refused, a closing request returned. */
export const SUPERVISION_REQUEST_STATE_LABELS: Record<SupervisionRequestKind, Record<SupervisionRequestState, string>> = {
  extension: { pending: "待审批", approved: "已同意", rejected: "不同意" },
  closing: { pending: "待审批", approved: "已销号", rejected: "已退回" },
};

export const SLIP_LEVELS = ["blue", "yellow", "red"] as const satisfies readonly SlipLevel[];

export const SLIP_LEVEL_LABELS: Record<SlipLevel, string> = {
  blue: "蓝色督办（临近时限）",
  yellow: "黄色督办（进度滞后）",
  red: "红色督办（已逾期）",
};

/** 督办〔2025〕12号 */
export function slipNumberText(year: number, number: number): string {
  return `督办〔${year}〕${number}号`;
}

/** The staff's two buttons on a pending request, by kind. */
export const SUPERVISION_DECISION_LABELS: Record<SupervisionRequestKind, { approved: string; rejected: string }> = {
  extension: { approved: "同意延期", rejected: "不同意" },
  closing: { approved: "同意销号", rejected: "退回" },
};

/** Where a task stands with one of its units: 交办 and 签收. */
export const ASSIGNMENT_STATE_LABELS = {
  unassigned: "未交办",
  awaiting: "待签收",
  acknowledged: "已签收",
} as const;

export type AssignmentState = keyof typeof ASSIGNMENT_STATE_LABELS;

export function assignmentState(link: { assignedAt: Date | string | null; acknowledgedAt: Date | string | null }): AssignmentState {
  return !link.assignedAt ? "unassigned" : link.acknowledgedAt ? "acknowledged" : "awaiting";
}
