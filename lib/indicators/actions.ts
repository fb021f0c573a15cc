"use server";
// Server actions of the 指标口径 page. Mapping an indicator to the catalogue
// is a bureau admin's decision ("plans:manage"); everyone with "plans:read"
// sees the result read-only.
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { chooseDefinition } from "./choose-definition";
import { clearMapping } from "./clear-mapping";
import { confirmMapping } from "./confirm-mapping";
import { refreshSuggestions } from "./refresh-suggestions";
import { resolveConflict } from "./resolve-conflict";
import * as s from "./schemas";
import { setTolerance } from "./set-tolerance";

const manage = { permission: "plans:manage" } as const;

/** Revalidates the two indicator pages and returns the message to show. */
const refreshed =
  <T>(message: string | ((data: T) => string)) =>
  (data: T) => {
    revalidatePath("/indicators");
    revalidatePath("/indicators/catalogue");
    return typeof message === "function" ? message(data) : message;
  };

export const confirmMappingAction = formAction(
  tenantAction({ ...manage, schema: s.confirmMappingSchema }, ({ tx, session, input }) => confirmMapping(tx, session, input)),
  refreshed("已确认口径"),
);

export const chooseDefinitionAction = formAction(
  tenantAction({ ...manage, schema: s.chooseDefinitionSchema }, ({ tx, session, input }) => chooseDefinition(tx, session, input)),
  refreshed("已改选并确认口径"),
);

export const clearMappingAction = formAction(
  tenantAction({ ...manage, schema: s.clearMappingSchema }, ({ tx, session, input }) => clearMapping(tx, session, input)),
  refreshed("已取消对应"),
);

export const setToleranceAction = formAction(
  tenantAction({ ...manage, schema: s.setToleranceSchema }, ({ tx, session, input }) => setTolerance(tx, session, input)),
  refreshed((d) => (d.tolerance === null ? "已清除容差，将使用默认值" : "已保存容差")),
);

export const applySuggestionsAction = formAction(
  tenantAction({ ...manage, schema: s.applySuggestionsSchema }, ({ tx, session }) => refreshSuggestions(tx, session)),
  refreshed((d) => (d.suggested > 0 ? `已为 ${d.suggested} 个未对应的指标生成建议口径，请逐一确认` : "没有可以自动匹配的未对应指标")),
);

// 冲突处理 is a reviewer's decision, like approving the values in the first place.
export const resolveConflictAction = formAction(
  tenantAction({ permission: "reports:review", schema: s.resolveConflictSchema }, ({ tx, session, input }) => resolveConflict(tx, session, input)),
  (d) => {
    revalidatePath("/review");
    revalidatePath("/review/conflicts");
    revalidatePath("/indicators", "layout");
    return `已确定计入的数值，另 ${d.setAside} 个不一致的数值已搁置`;
  },
);
