// A bureau's 督办 settings: how many days before its due date a task turns
// yellow, and how long an assignment may wait for 签收. A bureau that never
// saved them has no row and uses the defaults.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { DEFAULT_ACK_DAYS, DEFAULT_DUE_SOON_DAYS } from "./light";

export interface SupervisionSettingsValues {
  dueSoonDays: number;
  ackDays: number;
}

export const DEFAULT_SUPERVISION_SETTINGS: SupervisionSettingsValues = { dueSoonDays: DEFAULT_DUE_SOON_DAYS, ackDays: DEFAULT_ACK_DAYS };

export async function getSupervisionSettings(tx: Tx, tenantId: string): Promise<SupervisionSettingsValues> {
  const row = await tx.supervisionSettings.findUnique({ where: { tenantId }, select: { dueSoonDays: true, ackDays: true } });
  return row ?? DEFAULT_SUPERVISION_SETTINGS;
}
