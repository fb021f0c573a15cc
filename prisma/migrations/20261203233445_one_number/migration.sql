-- CreateEnum
CREATE TYPE "LinkState" AS ENUM ('suggested', 'confirmed');

-- AlterTable
ALTER TABLE "indicator_actuals" ADD COLUMN     "approved_at" TIMESTAMPTZ(3),
ADD COLUMN     "group_unit_id" UUID,
ADD COLUMN     "set_aside_at" TIMESTAMPTZ(3),
ADD COLUMN     "set_aside_by_id" UUID;

-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "carried_from_task_id" UUID;

-- CreateTable
CREATE TABLE "task_links" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "from_task_id" UUID NOT NULL,
    "to_task_id" UUID,
    "to_indicator_id" UUID,
    "state" "LinkState" NOT NULL DEFAULT 'suggested',
    "reason" TEXT,
    "score" DOUBLE PRECISION,
    "confirmed_by_id" UUID,
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_publications" (
    "tenant_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "show_tasks" BOOLEAN NOT NULL DEFAULT true,
    "show_progress" BOOLEAN NOT NULL DEFAULT true,
    "show_indicators" BOOLEAN NOT NULL DEFAULT true,
    "show_leaders" BOOLEAN NOT NULL DEFAULT false,
    "published_by_id" UUID,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_publications_pkey" PRIMARY KEY ("tenant_id","plan_id")
);

-- CreateIndex
CREATE INDEX "task_links_tenant_id_from_task_id_idx" ON "task_links"("tenant_id", "from_task_id");

-- CreateIndex
CREATE INDEX "task_links_tenant_id_to_task_id_idx" ON "task_links"("tenant_id", "to_task_id");

-- CreateIndex
CREATE INDEX "task_links_tenant_id_to_indicator_id_idx" ON "task_links"("tenant_id", "to_indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "task_links_tenant_id_id_key" ON "task_links"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "tasks_tenant_id_carried_from_task_id_idx" ON "tasks"("tenant_id", "carried_from_task_id");

-- AddForeignKey
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_tenant_id_from_task_id_fkey" FOREIGN KEY ("tenant_id", "from_task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_tenant_id_to_task_id_fkey" FOREIGN KEY ("tenant_id", "to_task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_tenant_id_to_indicator_id_fkey" FOREIGN KEY ("tenant_id", "to_indicator_id") REFERENCES "indicators"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_publications" ADD CONSTRAINT "plan_publications_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "plans"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A link points at exactly one five-year item (a task or an indicator), once.
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_one_target"
  CHECK (("to_task_id" IS NULL) <> ("to_indicator_id" IS NULL));
ALTER TABLE "task_links" ADD CONSTRAINT "task_links_not_self" CHECK ("to_task_id" IS DISTINCT FROM "from_task_id");
CREATE UNIQUE INDEX "task_links_task_target_key" ON "task_links"("tenant_id", "from_task_id", "to_task_id") WHERE "to_task_id" IS NOT NULL;
CREATE UNIQUE INDEX "task_links_indicator_target_key" ON "task_links"("tenant_id", "from_task_id", "to_indicator_id") WHERE "to_indicator_id" IS NOT NULL;

-- A set-aside value was approved first.
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_set_aside_approved"
  CHECK ("set_aside_at" IS NULL OR "review_state" = 'approved');

-- Row-level security, like every tenant table.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['task_links', 'plan_publications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
      USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
      WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    EXECUTE format($p$CREATE POLICY child_tenants_read ON %I FOR SELECT
      USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]))$p$, t);
  END LOOP;
END $$;

-- Every change to a publication (publish, change what is shown, unpublish,
-- the plan or bureau deleted) is announced on the 'plan_publications' channel
-- when its transaction commits: every server's public cache listens and drops
-- that bureau's pages (lib/public). The payload is the tenant id.
CREATE FUNCTION notify_plan_publication() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('plan_publications', COALESCE(NEW.tenant_id, OLD.tenant_id)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER plan_publications_notify AFTER INSERT OR UPDATE OR DELETE ON "plan_publications"
  FOR EACH ROW EXECUTE FUNCTION notify_plan_publication();

-- Backfill, tenant by tenant (FORCE binds the owner too): when each approved
-- value was approved (its report's review, else its own creation), and the
-- group a member school's value was reported under.
DO $$
DECLARE t uuid;
BEGIN
  FOR t IN SELECT id FROM tenants LOOP
    PERFORM set_config('app.tenant_id', t::text, true);
    UPDATE indicator_actuals x SET approved_at = COALESCE(r.reviewed_at, x.created_at)
      FROM reports r
      WHERE x.tenant_id = t AND x.review_state = 'approved' AND r.tenant_id = x.tenant_id AND r.id = x.report_id;
    UPDATE indicator_actuals SET approved_at = created_at WHERE tenant_id = t AND review_state = 'approved' AND approved_at IS NULL;
    UPDATE indicator_actuals x SET group_unit_id = s.group_unit_id
      FROM reports r JOIN report_slots s ON s.tenant_id = r.tenant_id AND s.id = r.slot_id
      WHERE x.tenant_id = t AND r.tenant_id = x.tenant_id AND r.id = x.report_id AND s.group_unit_id IS NOT NULL;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
