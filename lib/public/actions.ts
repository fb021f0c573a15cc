"use server";
// The publish controls (bureau admins: "plans:publish").
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { publishPlan } from "./publish-plan";
import { publishPlanSchema, unpublishPlanSchema } from "./schemas";
import { unpublishPlan } from "./unpublish-plan";

const publish = { permission: "plans:publish" } as const;

function touched(message: string) {
  return ({ planId }: { planId: string }) => {
    revalidatePath(`/plans/${planId}`);
    return message;
  };
}

export const publishPlanAction = formAction(
  tenantAction({ ...publish, schema: publishPlanSchema }, ({ tx, session, input }) => publishPlan(tx, session, input)),
  touched("已公开，公开页已更新"),
);
export const unpublishPlanAction = formAction(
  tenantAction({ ...publish, schema: unpublishPlanSchema }, ({ tx, session, input }) => unpublishPlan(tx, session, input)),
  touched("已取消公开"),
);
