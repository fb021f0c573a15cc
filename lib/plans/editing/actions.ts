"use server";
// Server actions of the plan editor. Each goes through tenantAction (session,
// "plans:manage" — bureau admins only, zod, one tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { createIndicator } from "./create-indicator";
import { createPlan } from "./create-plan";
import { createSection } from "./create-section";
import { createTask } from "./create-task";
import { deleteIndicator } from "./delete-indicator";
import { deletePlan } from "./delete-plan";
import { deleteSection } from "./delete-section";
import { deleteTask } from "./delete-task";
import { saveTask } from "./save-task";
import * as s from "./schemas";
import { moveSection, renameSection } from "./update-section";
import { updateIndicator } from "./update-indicator";
import { updatePlan } from "./update-plan";

type Touched = { planId?: string | null; taskId?: string | null };

const manage = { permission: "plans:manage" } as const;

/** Revalidates the plan and task pages the change touched; the message is what the editor shows. */
function touched(message: string) {
  return ({ planId, taskId }: Touched) => {
    revalidatePath("/plans");
    if (planId) for (const p of [`/plans/${planId}`, `/plans/${planId}/edit`]) revalidatePath(p);
    if (taskId) for (const p of [`/tasks/${taskId}`, `/tasks/${taskId}/edit`]) revalidatePath(p);
    return message;
  };
}

export const createPlanAction = formAction(
  tenantAction({ ...manage, schema: s.createPlanSchema }, ({ tx, session, input }) => createPlan(tx, session, input)),
  touched("已创建规划"),
);
export const updatePlanAction = formAction(
  tenantAction({ ...manage, schema: s.updatePlanSchema }, ({ tx, session, input }) => updatePlan(tx, session, input)),
  touched("已保存规划信息"),
);
export const deletePlanAction = formAction(
  tenantAction({ ...manage, schema: s.deletePlanSchema }, ({ tx, session, input }) => deletePlan(tx, session, input)),
  touched("已删除规划"),
);
export const createSectionAction = formAction(
  tenantAction({ ...manage, schema: s.createSectionSchema }, ({ tx, session, input }) => createSection(tx, session, input)),
  touched("已添加部分"),
);
export const renameSectionAction = formAction(
  tenantAction({ ...manage, schema: s.renameSectionSchema }, ({ tx, session, input }) => renameSection(tx, session, input)),
  touched("已重命名"),
);
export const moveSectionAction = formAction(
  tenantAction({ ...manage, schema: s.moveSectionSchema }, ({ tx, session, input }) => moveSection(tx, session, input)),
  touched("已移动"),
);
export const deleteSectionAction = formAction(
  tenantAction({ ...manage, schema: s.deleteSectionSchema }, ({ tx, session, input }) => deleteSection(tx, session, input)),
  touched("已删除部分"),
);
export const createTaskAction = formAction(
  tenantAction({ ...manage, schema: s.createTaskSchema }, ({ tx, session, input }) => createTask(tx, session, input)),
  touched("已添加任务"),
);
export const saveTaskAction = formAction(
  tenantAction({ ...manage, schema: s.saveTaskSchema }, ({ tx, session, input }) => saveTask(tx, session, input)),
  touched("已保存任务"),
);
export const deleteTaskAction = formAction(
  tenantAction({ ...manage, schema: s.deleteTaskSchema }, ({ tx, session, input }) => deleteTask(tx, session, input)),
  touched("已删除任务"),
);
export const createIndicatorAction = formAction(
  tenantAction({ ...manage, schema: s.createIndicatorSchema }, ({ tx, session, input }) => createIndicator(tx, session, input)),
  touched("已添加指标"),
);
export const updateIndicatorAction = formAction(
  tenantAction({ ...manage, schema: s.updateIndicatorSchema }, ({ tx, session, input }) => updateIndicator(tx, session, input)),
  touched("已保存指标"),
);
export const deleteIndicatorAction = formAction(
  tenantAction({ ...manage, schema: s.deleteIndicatorSchema }, ({ tx, session, input }) => deleteIndicator(tx, session, input)),
  touched("已删除指标"),
);
