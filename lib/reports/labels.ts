import type { ReportStatus, SlotStatus } from "@/lib/generated/prisma/enums";

export const SLOT_STATUS_LABELS: Record<SlotStatus, string> = {
  open: "待填报",
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已通过",
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已通过",
};

export const EVENT_ACTION_LABELS: Record<string, string> = {
  create: "创建草稿",
  submit: "提交报告",
  resubmit: "重新提交",
  approve: "审核通过",
  return: "退回修改",
};
