-- CreateEnum
CREATE TYPE "MappingState" AS ENUM ('unmapped', 'suggested', 'confirmed');

-- AlterTable
ALTER TABLE "indicators" ADD COLUMN     "definition_id" UUID,
ADD COLUMN     "mapping_state" "MappingState" NOT NULL DEFAULT 'unmapped',
ADD COLUMN     "tolerance" DECIMAL(18,4);

-- CreateTable
CREATE TABLE "indicator_definitions" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "unit" TEXT,
    "direction" "Comparator" NOT NULL DEFAULT 'gte',
    "current_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_definition_versions" (
    "id" UUID NOT NULL,
    "definition_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT,
    "effective_from" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_definition_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "indicator_definitions_code_key" ON "indicator_definitions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_definition_versions_definition_id_version_key" ON "indicator_definition_versions"("definition_id", "version");

-- CreateIndex
CREATE INDEX "indicators_tenant_id_definition_id_idx" ON "indicators"("tenant_id", "definition_id");

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_definition_versions" ADD CONSTRAINT "indicator_definition_versions_definition_id_fkey" FOREIGN KEY ("definition_id") REFERENCES "indicator_definitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- City views: a city's read-only transaction may list its child districts in
-- app.child_tenant_ids (set only by withChildTenants, from the tenant
-- hierarchy) and read their rows in one query. SELECT only: no write path.
CREATE POLICY child_tenants_read ON "memberships" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "org_units" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "people" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "plans" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "sections" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "tasks" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "measures" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "task_leaders" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "task_units" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "indicators" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "audit_events" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "task_status_events" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "task_milestones" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "reporting_periods" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "report_slots" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "reports" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "report_events" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "attachments" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "indicator_actuals" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
CREATE POLICY child_tenants_read ON "inbox_messages" FOR SELECT
  USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[]));
