"use server";
// Inbox actions: marking the caller's own messages read.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, tenantAction } from "@/lib/auth/action";
import { markAllMessagesRead, markMessageRead } from "./mark-read";

const openMessage = tenantAction({ permission: "inbox:update", schema: z.object({ id: z.uuid({ error: "消息不存在" }) }) }, ({ tx, session, input }) =>
  markMessageRead(tx, session, input.id),
);

/** Only our own paths: a message link must never send the user off-site. */
const isLocalPath = (link: string | null): link is string => Boolean(link && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\"));

/** A plain form action (no state): it marks the message read and follows its link. */
export async function openInboxMessageAction(formData: FormData): Promise<void> {
  const result = await openMessage(formData);
  revalidatePath("/", "layout");
  if (result.ok && isLocalPath(result.data.link)) redirect(result.data.link);
}

export const markAllInboxReadAction = formAction(
  tenantAction({ permission: "inbox:update", schema: z.object({}) }, ({ tx, session }) => markAllMessagesRead(tx, session)),
  (count) => {
    revalidatePath("/", "layout");
    return count ? `已将 ${count} 条消息标为已读` : "没有未读消息";
  },
);
