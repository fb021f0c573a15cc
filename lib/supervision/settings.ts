// A bureau's 督办 settings (亮灯 and 签收 days); a bureau without a row uses the defaults.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { DEFAULT_ACK_DAYS, DEFAULT_DUE_SOON_DAYS } from "./light";

export async function getSupervisionSettings(tx: Tx, tenantId: string): Promise<{ dueSoonDays: number; ackDays: number }> {
  const row = await tx.supervisionSettings.findUnique({ where: { tenantId }, select: { dueSoonDays: true, ackDays: true } });
  return row ?? { dueSoonDays: DEFAULT_DUE_SOON_DAYS, ackDays: DEFAULT_ACK_DAYS };
}
