"use server";
// Server actions of the platform's catalogue page: only platform admins
// change the global catalogue (a bureau reads it).
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/auth/action";
import { createDefinition } from "./create-definition";
import { platformAction } from "@/lib/auth/platform-action";
import { reviseDefinition } from "./revise-definition";
import { createDefinitionSchema, reviseDefinitionSchema } from "./schemas";

type Input = FormData | Record<string, unknown>;
type Prev = ActionResult<unknown> | null;

const create = platformAction({ schema: createDefinitionSchema }, ({ tx, input }) => createDefinition(tx, input));
const revise = platformAction({ schema: reviseDefinitionSchema }, ({ tx, input }) => reviseDefinition(tx, input));

function done<T extends { version: number }>(result: ActionResult<T>, message: (data: T) => string): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath("/platform/catalogue");
  revalidatePath("/indicators/catalogue");
  revalidatePath("/indicators");
  return { ...result, message: message(result.data) };
}

export async function createDefinitionAction(_prev: Prev, input: Input) {
  return done(await create(input), (d) => `已新建口径 ${d.code}（第 1 版）`);
}

export async function reviseDefinitionAction(_prev: Prev, input: Input) {
  return done(await revise(input), (d) => `已发布第 ${d.version} 版口径`);
}
