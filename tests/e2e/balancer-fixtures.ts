// The balancer world's group robot (serve.ts, after the bureaus are built):
// kept apart from balancer-world.ts, which the spec imports and which must not
// pull in server-only modules.
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BALANCER_WORLD as W } from "./balancer-world";

/** The bureau's 企业微信 robot, set as an operator would (the admin form allows official hosts only). */
export async function ensureBalancerRobot(owner: PrismaClient, receiverUrl: string): Promise<void> {
  const { id: tenantId } = await owner.tenant.findUniqueOrThrow({ where: { code: W.code } });
  await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    await tx.robotWebhook.deleteMany({ where: { tenantId } });
    await tx.robotWebhook.create({ data: { tenantId, kind: "wecom", url: `${receiverUrl}/cgi-bin/webhook/send?key=junheng` } });
  });
}
