-- AlterTable
ALTER TABLE "org_units" ADD COLUMN     "member_kinds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "report_slots" ADD COLUMN     "group_unit_id" UUID;

-- CreateTable
CREATE TABLE "unit_group_members" (
    "tenant_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_group_members_pkey" PRIMARY KEY ("tenant_id","group_id","member_id")
);

-- CreateIndex
CREATE INDEX "unit_group_members_tenant_id_member_id_idx" ON "unit_group_members"("tenant_id", "member_id");

-- CreateIndex
CREATE INDEX "report_slots_tenant_id_group_unit_id_task_id_idx" ON "report_slots"("tenant_id", "group_unit_id", "task_id");

-- AddForeignKey
ALTER TABLE "unit_group_members" ADD CONSTRAINT "unit_group_members_tenant_id_group_id_fkey" FOREIGN KEY ("tenant_id", "group_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_group_members" ADD CONSTRAINT "unit_group_members_tenant_id_member_id_fkey" FOREIGN KEY ("tenant_id", "member_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_slots" ADD CONSTRAINT "report_slots_tenant_id_group_unit_id_fkey" FOREIGN KEY ("tenant_id", "group_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (written like 20261123034500_rls_predicates_once: the
-- settings read once per statement).
ALTER TABLE "unit_group_members" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "unit_group_members" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "unit_group_members"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY child_tenants_read ON "unit_group_members" FOR SELECT
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
