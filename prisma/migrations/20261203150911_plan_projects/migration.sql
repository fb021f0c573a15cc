-- CreateTable
CREATE TABLE "plan_projects" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "content" TEXT,
    "investment" TEXT,
    "investment_wan_yuan" DECIMAL(16,2),
    "years" TEXT,
    "units" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "task_number" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_projects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "plan_projects_tenant_id_plan_id_position_idx" ON "plan_projects"("tenant_id", "plan_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "plan_projects_tenant_id_id_key" ON "plan_projects"("tenant_id", "id");

-- AddForeignKey
ALTER TABLE "plan_projects" ADD CONSTRAINT "plan_projects_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "plans"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (written like 20261123034500_rls_predicates_once: the
-- settings read once per statement).
ALTER TABLE "plan_projects" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "plan_projects" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "plan_projects"
  USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
  WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid));
CREATE POLICY child_tenants_read ON "plan_projects" FOR SELECT
  USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]));
