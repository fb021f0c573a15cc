// The parent a bureau is placed under: an active city, named by its code.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { PLATFORM_MESSAGES } from "./messages";

export async function resolveParentCity(tx: Tx, parentCode: string): Promise<string> {
  const parent = await tx.tenant.findUnique({ where: { code: parentCode }, select: { id: true, kind: true, isActive: true } });
  const refuse = (message: string) => new UserFacingError(message, { parentCode: [message] });
  if (!parent) throw refuse(PLATFORM_MESSAGES.unknownParent(parentCode));
  if (parent.kind !== "city") throw refuse(PLATFORM_MESSAGES.parentNotCity(parentCode));
  if (!parent.isActive) throw refuse(PLATFORM_MESSAGES.parentInactive(parentCode));
  return parent.id;
}
