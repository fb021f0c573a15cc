// Where a unit's group messages go: the unit's own robots if it has any, else
// the bureau's (org_unit_id null), else the deployment's env robots. A level
// is taken whole: a unit with only a 钉钉 robot does not also hear through the
// bureau's 企业微信 group.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import { envRobots } from "./config";

/** `target` is the robot_webhooks id, or "env" for the deployment's robot of that kind. */
export interface RobotTarget {
  kind: RobotKind;
  target: string;
}

export const ENV_TARGET = "env";

export async function robotTargetsOf(tx: Tx, tenantId: string, orgUnitIds: string[]): Promise<Map<string, RobotTarget[]>> {
  const units = [...new Set(orgUnitIds)];
  const rows = await tx.robotWebhook.findMany({
    where: { tenantId, OR: [{ orgUnitId: { in: units } }, { orgUnitId: null }] },
    select: { id: true, orgUnitId: true, kind: true },
  });
  const bureau = rows.filter((r) => r.orgUnitId === null).map((r) => ({ kind: r.kind, target: r.id }));
  const fallback = bureau.length > 0 ? bureau : envRobots().map((r) => ({ kind: r.kind, target: ENV_TARGET }));
  return new Map(
    units.map((unitId) => {
      const own = rows.filter((r) => r.orgUnitId === unitId).map((r) => ({ kind: r.kind, target: r.id }));
      return [unitId, own.length > 0 ? own : fallback];
    }),
  );
}
