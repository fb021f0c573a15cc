// A reporting slot's state: "open" until a unit starts its report, then the report's own state.
import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS, REPORT_STATUSES } from "./report-status";

export const SLOT_STATUSES = ["open", ...REPORT_STATUSES] as const satisfies readonly SlotStatus[];

export const SLOT_STATUS_LABELS: Record<SlotStatus, string> = { open: "待填报", ...REPORT_STATUS_LABELS };
