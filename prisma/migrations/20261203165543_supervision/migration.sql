-- CreateEnum
CREATE TYPE "SupervisionEventKind" AS ENUM ('assigned', 'acknowledged', 'extension_requested', 'extension_approved', 'extension_refused', 'closing_requested', 'closing_approved', 'closing_returned', 'slip_issued', 'slip_replied', 'urged');

-- CreateEnum
CREATE TYPE "SupervisionRequestKind" AS ENUM ('extension', 'closing');

-- CreateEnum
CREATE TYPE "SupervisionRequestState" AS ENUM ('pending', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "SlipLevel" AS ENUM ('blue', 'yellow', 'red');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('email', 'wecom', 'dingtalk');

-- CreateEnum
CREATE TYPE "OutboxState" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "RobotKind" AS ENUM ('wecom', 'dingtalk');

-- AlterEnum
-- Several enum values in one migration: fine on PostgreSQL ≥ 12 (new values are not used here).


ALTER TYPE "InboxKind" ADD VALUE 'assignment';
ALTER TYPE "InboxKind" ADD VALUE 'extension';
ALTER TYPE "InboxKind" ADD VALUE 'closing';
ALTER TYPE "InboxKind" ADD VALUE 'slip';
ALTER TYPE "InboxKind" ADD VALUE 'overdue';

-- AlterTable
ALTER TABLE "attachments" ADD COLUMN     "request_id" UUID,
ALTER COLUMN "report_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "indicator_actuals" ADD COLUMN     "plausibility_note" TEXT;

-- AlterTable
ALTER TABLE "task_units" ADD COLUMN     "acknowledged_at" TIMESTAMPTZ(3),
ADD COLUMN     "acknowledged_by_id" UUID,
ADD COLUMN     "assigned_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "tasks" ADD COLUMN     "closed_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "supervision_settings" (
    "tenant_id" UUID NOT NULL,
    "due_soon_days" INTEGER NOT NULL DEFAULT 7,
    "ack_days" INTEGER NOT NULL DEFAULT 3,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supervision_settings_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateTable
CREATE TABLE "supervision_events" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "org_unit_id" UUID,
    "actor_user_id" UUID,
    "kind" "SupervisionEventKind" NOT NULL,
    "note" TEXT,
    "request_id" UUID,
    "slip_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervision_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_requests" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "kind" "SupervisionRequestKind" NOT NULL,
    "state" "SupervisionRequestState" NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL,
    "requested_due_date" DATE,
    "original_due_date" DATE,
    "requested_by_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervision_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supervision_slips" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "org_unit_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "level" "SlipLevel" NOT NULL,
    "body" TEXT NOT NULL,
    "reply_by" DATE NOT NULL,
    "issued_by_id" UUID,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reply" TEXT,
    "replied_by_id" UUID,
    "replied_at" TIMESTAMPTZ(3),

    CONSTRAINT "supervision_slips_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "robot_webhooks" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "org_unit_id" UUID,
    "kind" "RobotKind" NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "robot_webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "message_key" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "user_id" UUID,
    "kind" "InboxKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "state" "OutboxState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "supervision_events_tenant_id_task_id_created_at_idx" ON "supervision_events"("tenant_id", "task_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_events_tenant_id_id_key" ON "supervision_events"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "supervision_requests_tenant_id_state_kind_created_at_idx" ON "supervision_requests"("tenant_id", "state", "kind", "created_at");

-- CreateIndex
CREATE INDEX "supervision_requests_tenant_id_task_id_created_at_idx" ON "supervision_requests"("tenant_id", "task_id", "created_at");

-- CreateIndex
CREATE INDEX "supervision_requests_tenant_id_org_unit_id_state_idx" ON "supervision_requests"("tenant_id", "org_unit_id", "state");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_requests_tenant_id_id_key" ON "supervision_requests"("tenant_id", "id");

-- CreateIndex
CREATE INDEX "supervision_slips_tenant_id_org_unit_id_replied_at_idx" ON "supervision_slips"("tenant_id", "org_unit_id", "replied_at");

-- CreateIndex
CREATE INDEX "supervision_slips_tenant_id_task_id_idx" ON "supervision_slips"("tenant_id", "task_id");

-- CreateIndex
CREATE INDEX "supervision_slips_tenant_id_replied_at_reply_by_idx" ON "supervision_slips"("tenant_id", "replied_at", "reply_by");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_slips_tenant_id_id_key" ON "supervision_slips"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "supervision_slips_tenant_id_year_number_key" ON "supervision_slips"("tenant_id", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "robot_webhooks_tenant_id_id_key" ON "robot_webhooks"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "robot_webhooks_tenant_id_org_unit_id_kind_key" ON "robot_webhooks"("tenant_id", "org_unit_id", "kind");

-- CreateIndex
CREATE INDEX "outbox_messages_tenant_id_state_next_attempt_at_idx" ON "outbox_messages"("tenant_id", "state", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_messages_tenant_id_created_at_idx" ON "outbox_messages"("tenant_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_tenant_id_id_key" ON "outbox_messages"("tenant_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_tenant_id_channel_message_key_key" ON "outbox_messages"("tenant_id", "channel", "message_key");

-- CreateIndex
CREATE INDEX "attachments_tenant_id_request_id_idx" ON "attachments"("tenant_id", "request_id");

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_tenant_id_request_id_fkey" FOREIGN KEY ("tenant_id", "request_id") REFERENCES "supervision_requests"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_requests" ADD CONSTRAINT "supervision_requests_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_requests" ADD CONSTRAINT "supervision_requests_tenant_id_org_unit_id_fkey" FOREIGN KEY ("tenant_id", "org_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_tenant_id_task_id_fkey" FOREIGN KEY ("tenant_id", "task_id") REFERENCES "tasks"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_tenant_id_org_unit_id_fkey" FOREIGN KEY ("tenant_id", "org_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "robot_webhooks" ADD CONSTRAINT "robot_webhooks_tenant_id_org_unit_id_fkey" FOREIGN KEY ("tenant_id", "org_unit_id") REFERENCES "org_units"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Evidence belongs to a report or to a closing request, never both or neither.
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_one_owner" CHECK (num_nonnulls("report_id", "request_id") = 1);

-- At most one pending request per task, unit and kind.
CREATE UNIQUE INDEX "supervision_requests_one_pending" ON "supervision_requests"("tenant_id", "task_id", "org_unit_id", "kind") WHERE "state" = 'pending';

-- The bureau's own robot (org_unit_id null): one per kind (the unique index above treats nulls as distinct).
CREATE UNIQUE INDEX "robot_webhooks_bureau_kind" ON "robot_webhooks"("tenant_id", "kind") WHERE "org_unit_id" IS NULL;

-- Row-level security (written like 20261123034500_rls_predicates_once: the
-- settings read once per statement).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['supervision_settings', 'supervision_events', 'supervision_requests', 'supervision_slips', 'robot_webhooks', 'outbox_messages'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %I
      USING (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))
      WITH CHECK (tenant_id = (SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid))$p$, t);
    EXECUTE format($p$CREATE POLICY child_tenants_read ON %I FOR SELECT
      USING (tenant_id = ANY ((SELECT string_to_array(NULLIF(current_setting('app.child_tenant_ids', true), ''), ',')::uuid[])::uuid[]))$p$, t);
  END LOOP;
END $$;
