"use server";
// Server actions of the plan editor. Each goes through tenantAction (session,
// "plans:manage" — bureau admins only, zod, one tenant-scoped transaction).
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
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

type Input = FormData | Record<string, unknown>;
type Prev = ActionResult<unknown> | null;
type Touched = { planId?: string | null; taskId?: string | null };

const manage = { permission: "plans:manage" } as const;

const create = tenantAction({ ...manage, schema: s.createPlanSchema }, ({ tx, session, input }) => createPlan(tx, session, input));
const update = tenantAction({ ...manage, schema: s.updatePlanSchema }, ({ tx, session, input }) => updatePlan(tx, session, input));
const remove = tenantAction({ ...manage, schema: s.deletePlanSchema }, ({ tx, session, input }) => deletePlan(tx, session, input));
const addSection = tenantAction({ ...manage, schema: s.createSectionSchema }, ({ tx, session, input }) => createSection(tx, session, input));
const rename = tenantAction({ ...manage, schema: s.renameSectionSchema }, ({ tx, session, input }) => renameSection(tx, session, input));
const move = tenantAction({ ...manage, schema: s.moveSectionSchema }, ({ tx, session, input }) => moveSection(tx, session, input));
const removeSection = tenantAction({ ...manage, schema: s.deleteSectionSchema }, ({ tx, session, input }) => deleteSection(tx, session, input));
const addTask = tenantAction({ ...manage, schema: s.createTaskSchema }, ({ tx, session, input }) => createTask(tx, session, input));
const save = tenantAction({ ...manage, schema: s.saveTaskSchema }, ({ tx, session, input }) => saveTask(tx, session, input));
const removeTask = tenantAction({ ...manage, schema: s.deleteTaskSchema }, ({ tx, session, input }) => deleteTask(tx, session, input));
const addIndicator = tenantAction({ ...manage, schema: s.createIndicatorSchema }, ({ tx, session, input }) => createIndicator(tx, session, input));
const editIndicator = tenantAction({ ...manage, schema: s.updateIndicatorSchema }, ({ tx, session, input }) => updateIndicator(tx, session, input));
const removeIndicator = tenantAction({ ...manage, schema: s.deleteIndicatorSchema }, ({ tx, session, input }) => deleteIndicator(tx, session, input));

async function done<T extends Touched>(result: ActionResult<T>, message: string): Promise<ActionResult<T>> {
  if (!result.ok) return result;
  const { planId, taskId } = result.data;
  revalidatePath("/plans");
  if (planId) for (const p of [`/plans/${planId}`, `/plans/${planId}/edit`]) revalidatePath(p);
  if (taskId) for (const p of [`/tasks/${taskId}`, `/tasks/${taskId}/edit`]) revalidatePath(p);
  return { ...result, message };
}

export async function createPlanAction(_prev: Prev, input: Input) {
  return done(await create(input), "已创建规划");
}
export async function updatePlanAction(_prev: Prev, input: Input) {
  return done(await update(input), "已保存规划信息");
}
export async function deletePlanAction(_prev: Prev, input: Input) {
  return done(await remove(input), "已删除规划");
}
export async function createSectionAction(_prev: Prev, input: Input) {
  return done(await addSection(input), "已添加部分");
}
export async function renameSectionAction(_prev: Prev, input: Input) {
  return done(await rename(input), "已重命名");
}
export async function moveSectionAction(_prev: Prev, input: Input) {
  return done(await move(input), "已移动");
}
export async function deleteSectionAction(_prev: Prev, input: Input) {
  return done(await removeSection(input), "已删除部分");
}
export async function createTaskAction(_prev: Prev, input: Input) {
  return done(await addTask(input), "已添加任务");
}
export async function saveTaskAction(_prev: Prev, input: Input) {
  return done(await save(input), "已保存任务");
}
export async function deleteTaskAction(_prev: Prev, input: Input) {
  return done(await removeTask(input), "已删除任务");
}
export async function createIndicatorAction(_prev: Prev, input: Input) {
  return done(await addIndicator(input), "已添加指标");
}
export async function updateIndicatorAction(_prev: Prev, input: Input) {
  return done(await editIndicator(input), "已保存指标");
}
export async function deleteIndicatorAction(_prev: Prev, input: Input) {
  return done(await removeIndicator(input), "已删除指标");
}
