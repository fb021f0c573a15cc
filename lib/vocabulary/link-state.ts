// Whether an annual task's link to a five-year item is a suggestion, confirmed by staff, or removed (decision 0036).
import type { LinkState } from "@/lib/generated/prisma/enums";

export const LINK_STATE_LABELS: Record<LinkState, string> = {
  suggested: "待确认",
  confirmed: "已确认",
  rejected: "已移除",
};
