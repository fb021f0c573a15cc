// How often a plan's units report, in the plan form's select order.
import type { ReportFrequency } from "@/lib/generated/prisma/enums";

export const REPORT_FREQUENCIES = ["monthly", "quarterly", "half_yearly", "yearly"] as const satisfies readonly ReportFrequency[];

export const FREQUENCY_LABELS: Record<ReportFrequency, string> = {
  monthly: "每月",
  quarterly: "每季度",
  half_yearly: "每半年",
  yearly: "每年",
};
