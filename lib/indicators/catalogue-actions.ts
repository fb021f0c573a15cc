"use server";
// Server actions of the platform's catalogue page: only platform admins
// change the global catalogue (a bureau reads it).
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { platformAction } from "@/lib/auth/platform-action";
import { createDefinition } from "./create-definition";
import { DefinitionVersionConflict, reviseDefinition } from "./revise-definition";
import { createDefinitionSchema, reviseDefinitionSchema } from "./schemas";

/** Revalidates every page that shows the catalogue and returns the message to show. */
const published =
  <T>(message: (data: T) => string) =>
  (data: T) => {
    for (const path of ["/platform/catalogue", "/indicators/catalogue", "/indicators"]) revalidatePath(path);
    return message(data);
  };

export const createDefinitionAction = formAction(
  platformAction({ schema: createDefinitionSchema }, ({ tx, input }) => createDefinition(tx, input)),
  published((d) => `已新建口径 ${d.code}（第 1 版）`),
);

export const reviseDefinitionAction = formAction(
  platformAction({ schema: reviseDefinitionSchema, conflict: DefinitionVersionConflict }, ({ tx, input }) => reviseDefinition(tx, input)),
  published((d) => `已发布第 ${d.version} 版口径`),
);
