"use server";
// The 督办 settings page's one action, through tenantAction (session,
// permission, zod, one tenant transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { saveSupervisionSettings } from "./save-settings";
import { supervisionSettingsSchema } from "./settings-schema";

export const saveSupervisionSettingsAction = formAction(
  tenantAction({ permission: "supervision:settings", schema: supervisionSettingsSchema }, ({ tx, session, input }) =>
    saveSupervisionSettings(tx, session, input),
  ),
  () => {
    // Every list and count judges lights with these days.
    revalidatePath("/", "layout");
    return "已保存督办设置";
  },
);
