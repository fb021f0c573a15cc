"use server";
// Server actions of the 指标口径 page. Mapping an indicator to the catalogue
// is a bureau admin's decision ("plans:manage"); everyone with "plans:read"
// sees the result read-only.
import { revalidatePath } from "next/cache";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { chooseDefinition } from "./choose-definition";
import { clearMapping } from "./clear-mapping";
import { confirmMapping } from "./confirm-mapping";
import { refreshSuggestions } from "./refresh-suggestions";
import * as s from "./schemas";
import { setTolerance } from "./set-tolerance";

type Input = FormData | Record<string, unknown>;
type Prev = ActionResult<unknown> | null;

const manage = { permission: "plans:manage" } as const;

const confirm = tenantAction({ ...manage, schema: s.confirmMappingSchema }, ({ tx, session, input }) => confirmMapping(tx, session, input));
const choose = tenantAction({ ...manage, schema: s.chooseDefinitionSchema }, ({ tx, session, input }) => chooseDefinition(tx, session, input));
const clear = tenantAction({ ...manage, schema: s.clearMappingSchema }, ({ tx, session, input }) => clearMapping(tx, session, input));
const tolerance = tenantAction({ ...manage, schema: s.setToleranceSchema }, ({ tx, session, input }) => setTolerance(tx, session, input));
const suggest = tenantAction({ ...manage, schema: s.applySuggestionsSchema }, ({ tx, session }) => refreshSuggestions(tx, session));

function done<T>(result: ActionResult<T>, message: string | ((data: T) => string)): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath("/indicators");
  revalidatePath("/indicators/catalogue");
  return { ...result, message: typeof message === "function" ? message(result.data) : message };
}

export async function confirmMappingAction(_prev: Prev, input: Input) {
  return done(await confirm(input), "已确认口径");
}

export async function chooseDefinitionAction(_prev: Prev, input: Input) {
  return done(await choose(input), "已改选并确认口径");
}

export async function clearMappingAction(_prev: Prev, input: Input) {
  return done(await clear(input), "已取消对应");
}

export async function setToleranceAction(_prev: Prev, input: Input) {
  return done(await tolerance(input), (d) => (d.tolerance === null ? "已清除容差，将使用默认值" : "已保存容差"));
}

export async function applySuggestionsAction(_prev: Prev, input: Input) {
  return done(await suggest(input), (d) => (d.suggested > 0 ? `已为 ${d.suggested} 个未对应的指标生成建议口径，请逐一确认` : "没有可以自动匹配的未对应指标"));
}
