-- CreateEnum
CREATE TYPE "ReportFrequency" AS ENUM ('monthly', 'quarterly', 'half_yearly', 'yearly');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('open', 'draft', 'submitted', 'returned', 'approved');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('draft', 'submitted', 'returned', 'approved');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('pending', 'approved', 'returned');

-- CreateEnum
CREATE TYPE "InboxKind" AS ENUM ('digest', 'urge', 'review');

-- AlterTable
ALTER TABLE "plans" ADD COLUMN     "reporting_frequency" "ReportFrequency" NOT NULL DEFAULT 'quarterly';

-- CreateTable
CREATE TABLE "task_status_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "actor_user_id" UUID,
    "from_status" "TaskStatus",
    "to_status" "TaskStatus" NOT NULL,
    "from_progress" INTEGER,
    "to_progress" INTEGER NOT NULL,
    "due_date" DATE,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_status_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_milestones" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "task_milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "due_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_slots" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "period_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "unit_role" "UnitRole" NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "SlotStatus" NOT NULL DEFAULT 'open',
    "overdue_marked_at" TIMESTAMPTZ(3),
    "last_urged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'draft',
    "summary" TEXT NOT NULL DEFAULT '',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "problems" TEXT NOT NULL DEFAULT '',
    "next_steps" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_user_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewer_user_id" UUID,
    "review_comment" TEXT,
    "submit_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "from_status" "ReportStatus",
    "to_status" "ReportStatus" NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_actuals" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "report_id" UUID,
    "period_id" UUID,
    "as_of" DATE NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "review_state" "ReviewState" NOT NULL DEFAULT 'pending',
    "definition_version" INTEGER,
    "entered_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "indicator_actuals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox_messages" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "InboxKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "digest_date" DATE,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "task_status_events_tenant_id_task_id_created_at_idx" ON "task_status_events"("tenant_id", "task_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "task_status_events_tenant_id_id_key" ON "task_status_events"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "task_milestones_tenant_id_task_id_position_idx" ON "task_milestones"("tenant_id", "task_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "task_milestones_tenant_id_id_key" ON "task_milestones"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_tenant_id_id_key" ON "reporting_periods"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_tenant_id_plan_id_starts_on_key" ON "reporting_periods"("tenant_id", "plan_id", "starts_on");

-- CreateIndex
CREATE INDEX "report_slots_tenant_id_org_unit_id_status_due_on_idx" ON "report_slots"("tenant_id", "org_unit_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "report_slots_tenant_id_status_due_on_idx" ON "report_slots"("tenant_id", "status", "due_on");

-- CreateIndex
CREATE INDEX "report_slots_tenant_id_task_id_idx" ON "report_slots"("tenant_id", "task_id");

-- CreateIndex
CREATE UNIQUE INDEX "report_slots_tenant_id_id_key" ON "report_slots"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "report_slots_tenant_id_period_id_task_id_org_unit_id_key" ON "report_slots"("tenant_id", "period_id", "task_id", "org_unit_id");

-- CreateIndex
CREATE INDEX "reports_tenant_id_status_submitted_at_idx" ON "reports"("tenant_id", "status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "reports_tenant_id_id_key" ON "reports"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "reports_tenant_id_slot_id_key" ON "reports"("tenant_id", "slot_id");

-- CreateIndex
CREATE INDEX "report_events_tenant_id_report_id_created_at_idx" ON "report_events"("tenant_id", "report_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "report_events_tenant_id_id_key" ON "report_events"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "attachments_tenant_id_report_id_idx" ON "attachments"("tenant_id", "report_id");

-- CreateIndex
CREATE UNIQUE INDEX "attachments_tenant_id_id_key" ON "attachments"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "indicator_actuals_tenant_id_indicator_id_review_state_as_of_idx" ON "indicator_actuals"("tenant_id", "indicator_id", "review_state", "as_of");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_actuals_tenant_id_id_key" ON "indicator_actuals"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_actuals_tenant_id_indicator_id_report_id_key" ON "indicator_actuals"("tenant_id", "indicator_id", "report_id");

-- CreateIndex
CREATE INDEX "inbox_messages_tenant_id_user_id_read_at_created_at_idx" ON "inbox_messages"("tenant_id", "user_id", "read_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_messages_tenant_id_id_key" ON "inbox_messages"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_messages_tenant_id_user_id_kind_digest_date_key" ON "inbox_messages"("tenant_id", "user_id", "kind", "digest_date");

-- AddForeignKey
ALTER TABLE "task_status_events" ADD CONSTRAINT "task_status_events_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_milestones" ADD CONSTRAINT "task_milestones_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_tenant_id_plan_id_fkey" FOREIGN KEY ("tenant_id", "plan_id") REFERENCES "plans"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_slots" ADD CONSTRAINT "report_slots_tenant_id_period_id_fkey" FOREIGN KEY ("tenant_id", "period_id") REFERENCES "reporting_periods"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_slots" ADD CONSTRAINT "report_slots_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_slots" ADD CONSTRAINT "report_slots_tenant_id_org_unit_id_fkey" FOREIGN KEY ("tenant_id", "org_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_slot_id_fkey" FOREIGN KEY ("tenant_id", "slot_id") REFERENCES "report_slots"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_events" ADD CONSTRAINT "report_events_tenant_id_report_id_fkey" FOREIGN KEY ("tenant_id", "report_id") REFERENCES "reports"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_tenant_id_report_id_fkey" FOREIGN KEY ("tenant_id", "report_id") REFERENCES "reports"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_tenant_id_indicator_id_fkey" FOREIGN KEY ("tenant_id", "indicator_id") REFERENCES "indicators"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_tenant_id_report_id_fkey" FOREIGN KEY ("tenant_id", "report_id") REFERENCES "reports"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_actuals" ADD CONSTRAINT "indicator_actuals_tenant_id_period_id_fkey" FOREIGN KEY ("tenant_id", "period_id") REFERENCES "reporting_periods"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the new tenant tables (same policy as the first migration).
ALTER TABLE "task_status_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "task_status_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "task_status_events"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "task_milestones" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "task_milestones" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "task_milestones"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "reporting_periods" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "reporting_periods" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "reporting_periods"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "report_slots" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report_slots" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "report_slots"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "reports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "reports" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "reports"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "report_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "report_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "report_events"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "attachments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attachments" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "attachments"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "indicator_actuals" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "indicator_actuals" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "indicator_actuals"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

ALTER TABLE "inbox_messages" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "inbox_messages" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "inbox_messages"
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);

-- A user reads their own inbox in whichever tenant it was written.
CREATE POLICY own_inbox ON "inbox_messages" FOR SELECT
  USING (user_id = NULLIF(current_setting('app.user_id', true), '')::uuid);
