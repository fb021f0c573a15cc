"use server";
// 结转 (decision 0036): one declaration through tenantAction ("plans:carry-over":
// bureau admins and staff; zod; one tenant transaction).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, tenantAction } from "@/lib/auth/action";
import { carryOver } from "./carry-over";

const carryOverSchema = z.object({ planId: z.uuid({ error: "计划不存在" }) });

export const carryOverAction = formAction(
  tenantAction({ permission: "plans:carry-over", schema: carryOverSchema }, ({ tx, session, input }) => carryOver(tx, session, input)),
  (data) => {
    revalidatePath("/plans");
    revalidatePath(`/plans/${data.fromPlanId}/thread`);
    revalidatePath("/tasks/[id]", "page");
    return `已将 ${data.tasks} 项未完成任务结转到「${data.title}」`;
  },
);
