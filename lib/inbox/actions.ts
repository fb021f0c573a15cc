"use server";
// Inbox actions: marking the caller's own messages read.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { tenantAction, type ActionResult } from "@/lib/auth/action";
import { markAllMessagesRead, markMessageRead } from "./mark-read";

const openMessage = tenantAction({ permission: "inbox:update", schema: z.object({ id: z.uuid({ error: "消息不存在" }) }) }, ({ tx, session, input }) =>
  markMessageRead(tx, session, input.id),
);
const readAll = tenantAction({ permission: "inbox:update", schema: z.object({}) }, ({ tx, session }) => markAllMessagesRead(tx, session));

/** Only our own paths: a message link must never send the user off-site. */
const isLocalPath = (link: string | null): link is string => Boolean(link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\"));

export async function openInboxMessageAction(formData: FormData): Promise<void> {
  const result = await openMessage(formData);
  revalidatePath("/", "layout");
  if (result.ok && isLocalPath(result.data.link)) redirect(result.data.link);
}

export async function markAllInboxReadAction(_prev: ActionResult<unknown> | null, _formData: FormData): Promise<ActionResult<number>> {
  const result = await readAll({});
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ...result, message: result.data ? `已将 ${result.data} 条消息标为已读` : "没有未读消息" };
}
