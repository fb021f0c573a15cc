// What /admin/notifications shows of the robots: the bureau's and each unit's,
// masked, the units one may give a robot, and the deployment's defaults.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import { envRobots, smtpConfig } from "./config";
import { maskSecret, maskWebhookUrl } from "./mask";

export interface RobotView {
  kind: RobotKind;
  url: string;
  /** The 加签 secret's last characters, or null when unsigned. */
  secret: string | null;
}

export interface RobotSettings {
  bureau: RobotView[];
  units: { id: string; name: string; robots: RobotView[] }[];
  unitOptions: { id: string; name: string }[];
  deployment: { smtp: boolean; robots: RobotView[] };
}

const view = (r: { kind: RobotKind; url: string; secret: string | null }): RobotView => ({
  kind: r.kind,
  url: maskWebhookUrl(r.url),
  secret: r.secret ? maskSecret(r.secret) : null,
});

export async function listRobotSettings(tx: Tx, tenantId: string): Promise<RobotSettings> {
  const robots = await tx.robotWebhook.findMany({ where: { tenantId }, include: { orgUnit: { select: { name: true } } }, orderBy: [{ kind: "asc" }] });
  const unitOptions = await tx.orgUnit.findMany({ where: { tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const units = new Map<string, { id: string; name: string; robots: RobotView[] }>();
  for (const r of robots) {
    if (!r.orgUnitId || !r.orgUnit) continue;
    const unit = units.get(r.orgUnitId) ?? { id: r.orgUnitId, name: r.orgUnit.name, robots: [] };
    unit.robots.push(view(r));
    units.set(r.orgUnitId, unit);
  }
  return {
    bureau: robots.filter((r) => r.orgUnitId === null).map(view),
    units: [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    unitOptions,
    deployment: { smtp: smtpConfig() !== null, robots: envRobots().map(view) },
  };
}
