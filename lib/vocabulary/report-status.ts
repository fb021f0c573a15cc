// A progress report's state.
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved"] as const satisfies readonly ReportStatus[];

/** As the reporting unit and the audit trail speak of it. */
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已通过",
};

/** The ledger is the bureau's sheet: to its reader a submitted report is one waiting for their review. */
export const REPORT_STATUS_REVIEWER_LABELS: Record<ReportStatus, string> = { ...REPORT_STATUS_LABELS, submitted: "待审核" };
