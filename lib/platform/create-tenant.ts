// A new city or bureau together with its first account, in one transaction:
// from /platform (a platform admin's transaction) and from `npm run
// tenant:create` (the owner's). The first account of a bureau is its admin; of
// a city, its viewer (a city's tenant holds no data of its own to manage). Any
// refusal writes nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { scopePlatformTransaction, type Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { FIRST_ACCOUNT_ROLE, TENANT_KIND_LABELS } from "@/lib/vocabulary";
import { createTenantAccount, type NewAccount } from "./create-account";
import { PLATFORM_MESSAGES } from "./messages";
import { resolveParentCity } from "./resolve-parent-city";
import type { CreateTenantInput } from "./schemas";

export interface CreatedTenant {
  tenantId: string;
  code: string;
  name: string;
  admin: NewAccount;
}

/** `actorUserId`: the platform admin, or null for the command line (the owner connection). */
export async function createTenant(tx: Tx, actorUserId: string | null, input: CreateTenantInput & { adminPassword?: string }): Promise<CreatedTenant> {
  const tenantId = randomUUID();
  await scopePlatformTransaction(tx, { userId: actorUserId, tenantId });
  const parentId = await parentOf(tx, input);
  if (await tx.tenant.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw new UserFacingError(PLATFORM_MESSAGES.codeTaken(input.code), { code: [PLATFORM_MESSAGES.codeTaken(input.code)] });
  }
  await tx.tenant.create({ data: { id: tenantId, code: input.code, name: input.name, kind: input.kind, parentId }, select: { id: true } });
  const admin = await createTenantAccount(tx, {
    tenantId,
    username: input.adminUsername,
    displayName: input.adminName ?? `${input.name}${input.kind === "city" ? "（查看）" : "管理员"}`,
    role: FIRST_ACCOUNT_ROLE[input.kind],
    password: input.adminPassword,
  });
  await tx.auditEvent.create({
    data: {
      tenantId,
      actorUserId,
      action: "tenant.create",
      entityType: "tenant",
      entityId: tenantId,
      after: { code: input.code, name: input.name, kind: TENANT_KIND_LABELS[input.kind], parentCode: input.parentCode ?? null, admin: admin.username },
    },
  });
  return { tenantId, code: input.code, name: input.name, admin };
}

async function parentOf(tx: Tx, input: CreateTenantInput): Promise<string | null> {
  if (input.kind === "city") {
    if (!input.parentCode) return null;
    const message = input.parentCode === input.code ? PLATFORM_MESSAGES.cityOwnParent : PLATFORM_MESSAGES.cityHasNoParent;
    throw new UserFacingError(message, { parentCode: [message] });
  }
  return input.parentCode ? resolveParentCity(tx, input.parentCode) : null;
}
