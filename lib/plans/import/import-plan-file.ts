// Imports a plan document into a tenant by code, as the owner connection but
// through the same tenant-scoped transaction the app uses.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { importPlan, type ImportResult } from "@/lib/plans/import/import-plan";
import { readPlanFile } from "@/lib/plans/import/read-document";

export async function importPlanFile(
  db: PrismaClient,
  tenantCode: string,
  fileName: string,
  bytes: Uint8Array,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  const tenant = await db.tenant.findUnique({ where: { code: tenantCode } });
  if (!tenant || tenant.kind !== "bureau") throw new NotFoundError(`没有代码为 ${tenantCode} 的区县教育局`);
  const { parsed, sourceText } = await readPlanFile(fileName, bytes);
  return openTenantTransaction(db, { tenantId: tenant.id, userId: null }, (tx) => importPlan(tx, tenant.id, parsed, { sourceText, replace: options.replace }), {
    timeoutMs: 60_000,
  });
}
