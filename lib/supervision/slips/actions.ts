"use server";
// Server actions of 督办单: issue (staff) and reply (the unit, or staff on its behalf).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { issueSlip } from "./issue-slip";
import { replySlip } from "./reply-slip";
import { issueSlipSchema, replySlipSchema } from "./schemas";

export const issueSlipAction = formAction(
  tenantAction({ permission: "supervision:manage", schema: issueSlipSchema }, ({ tx, session, input }) => issueSlip(tx, session, input)),
  (d) => {
    revalidatePath(`/tasks/${d.taskId}`);
    revalidatePath("/supervision/slips");
    return `已向${d.unitName}下发督办单 ${d.numberText}（通知 ${d.people} 名填报员）`;
  },
);

export const replySlipAction = formAction(
  tenantAction({ permission: "supervision:respond", schema: replySlipSchema }, ({ tx, session, input }) => replySlip(tx, session, input)),
  (d) => {
    revalidatePath(`/supervision/slips/${d.slipId}`);
    revalidatePath("/supervision/slips");
    return `已回复督办单 ${d.numberText}`;
  },
);
