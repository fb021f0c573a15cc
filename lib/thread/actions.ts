"use server";
// Server actions of the five-year thread (decision 0036): suggest, confirm,
// remove, link by hand. Each is one declaration through tenantAction
// ("plans:link": bureau admins and staff; zod; one tenant transaction).
import { revalidatePath } from "next/cache";
import { formAction, tenantAction } from "@/lib/auth/action";
import { addLink } from "./add-link";
import { confirmLink } from "./confirm-link";
import { removeLink } from "./remove-link";
import { addLinkSchema, linkIdSchema, suggestLinksSchema } from "./schemas";
import { suggestLinks, type SuggestResult } from "./suggest-links";

const link = { permission: "plans:link" } as const;

/** Links show on both ends: the annual and the five-year plan's thread pages, and both tasks' pages. */
function refreshThread() {
  revalidatePath("/plans/[id]/thread", "page");
  revalidatePath("/tasks/[id]", "page");
}

function refreshed(message: string) {
  return () => {
    refreshThread();
    return message;
  };
}

const suggested = (r: SuggestResult) => {
  refreshThread();
  return r.suggested === 0 ? "没有找到可建议的五年规划任务或指标" : `共有 ${r.suggested} 条待确认的建议（新增 ${r.added} 条）`;
};

export const suggestLinksAction = formAction(
  tenantAction({ ...link, schema: suggestLinksSchema }, ({ tx, session, input }) => suggestLinks(tx, session, input)),
  suggested,
);
export const confirmLinkAction = formAction(
  tenantAction({ ...link, schema: linkIdSchema }, ({ tx, session, input }) => confirmLink(tx, session, input)),
  refreshed("已确认关联"),
);
export const removeLinkAction = formAction(
  tenantAction({ ...link, schema: linkIdSchema }, ({ tx, session, input }) => removeLink(tx, session, input)),
  refreshed("已移除关联"),
);
export const addLinkAction = formAction(
  tenantAction({ ...link, schema: addLinkSchema }, ({ tx, session, input }) => addLink(tx, session, input)),
  refreshed("已关联到五年规划"),
);
