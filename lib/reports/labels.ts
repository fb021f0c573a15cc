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
