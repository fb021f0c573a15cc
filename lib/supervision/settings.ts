// A bureau's 督办 settings (supervision_settings): how many days before a due
// date a task turns yellow, and after how many days an unacknowledged
// assignment shows late. A bureau without a row uses the defaults.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { DEFAULT_ACK_DAYS, DEFAULT_DUE_SOON_DAYS } from "./light";

export interface SupervisionSettingsValues {
  dueSoonDays: number;
  ackDays: number;
}

export async function getSupervisionSettings(tx: Tx, tenantId: string): Promise<SupervisionSettingsValues> {
  const row = await tx.supervisionSettings.findUnique({ where: { tenantId }, select: { dueSoonDays: true, ackDays: true } });
  return { dueSoonDays: row?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS, ackDays: row?.ackDays ?? DEFAULT_ACK_DAYS };
}
