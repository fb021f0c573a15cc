-- Issue 12: units as a register. The kinds become 局内科室 / 中小学校 / 幼儿园 /
-- 街道乡镇 / 县直部门 / 党组织 / 单位群体 / 其他. `external` has no counterpart:
-- its rows land on `other` here, and the data step registered for this
-- migration (lib/db/data-steps.ts) re-classifies exactly those rows by name
-- with the import's own classifier (lib/units/classify-unit.ts) right after it
-- is applied; SQL cannot call that TypeScript function, and a second copy of
-- its rules in SQL would drift from it. `other` did not exist before, so the
-- rows on it when the step runs are exactly the former `external` ones.

-- AlterEnum
BEGIN;
CREATE TYPE "OrgUnitKind_new" AS ENUM ('department', 'school', 'kindergarten', 'township', 'county_department', 'party_branch', 'group', 'other');
ALTER TABLE "org_units" ALTER COLUMN "kind" TYPE "OrgUnitKind_new" USING ((CASE "kind"::text WHEN 'external' THEN 'other' ELSE "kind"::text END)::"OrgUnitKind_new");
ALTER TYPE "OrgUnitKind" RENAME TO "OrgUnitKind_old";
ALTER TYPE "OrgUnitKind_new" RENAME TO "OrgUnitKind";
DROP TYPE "public"."OrgUnitKind_old";
COMMIT;

-- AlterTable
ALTER TABLE "org_units" ADD COLUMN     "district" TEXT,
ADD COLUMN     "ownership" TEXT,
ADD COLUMN     "stage" TEXT;

-- CreateTable
CREATE TABLE "org_unit_aliases" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "org_unit_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "org_unit_aliases_tenant_id_org_unit_id_idx" ON "org_unit_aliases"("tenant_id", "org_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "org_unit_aliases_tenant_id_id_key" ON "org_unit_aliases"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "org_unit_aliases_tenant_id_name_key" ON "org_unit_aliases"("tenant_id", "name");

-- AddForeignKey
ALTER TABLE "org_unit_aliases" ADD CONSTRAINT "org_unit_aliases_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_unit_aliases" ADD CONSTRAINT "org_unit_aliases_tenant_id_org_unit_id_fkey" FOREIGN KEY ("tenant_id", "org_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, written like 20261123034500_rls_predicates_once.
ALTER TABLE "org_unit_aliases" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "org_unit_aliases" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "org_unit_aliases"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
