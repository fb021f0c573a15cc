// Kinds of in-app message.
import type { InboxKind } from "@/lib/generated/prisma/enums";

export const INBOX_KINDS = ["digest", "urge", "review", "assignment", "extension", "closing", "slip", "overdue"] as const satisfies readonly InboxKind[];

export const INBOX_KIND_LABELS: Record<InboxKind, string> = {
  digest: "待办汇总",
  urge: "催办",
  review: "审核结果",
  assignment: "交办",
  extension: "延期申请",
  closing: "销号申请",
  slip: "督办单",
  overdue: "逾期提醒",
};
