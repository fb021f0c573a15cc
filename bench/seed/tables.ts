// The tables a district of the benchmark province is copied into, their
// columns in COPY order, and the order the tables are loaded in.
import { CopyTable } from "./copy";

export const TABLE_COLUMNS = {
  users: ["id", "username", "display_name", "password_hash", "is_active", "is_platform_admin", "session_version", "last_login_at", "created_at", "updated_at"],
  org_units: ["id", "tenant_id", "name", "kind", "created_at"],
  people: ["id", "tenant_id", "name", "title", "user_id", "created_at"],
  memberships: ["id", "tenant_id", "user_id", "role", "org_unit_id", "created_at"],
  plans: [
    "id",
    "tenant_id",
    "title",
    "kind",
    "start_year",
    "end_year",
    "document_number",
    "plan_text",
    "source_text",
    "source_hash",
    "reporting_frequency",
    "created_at",
    "updated_at",
  ],
  sections: ["id", "tenant_id", "plan_id", "parent_id", "position", "title", "created_at"],
  tasks: [
    "id",
    "tenant_id",
    "plan_id",
    "section_id",
    "number",
    "position",
    "title",
    "goal",
    "source_text",
    "source_line",
    "status",
    "progress",
    "due_date",
    "version",
    "created_at",
    "updated_at",
  ],
  measures: ["id", "tenant_id", "task_id", "position", "text"],
  task_leaders: ["tenant_id", "task_id", "person_id"],
  task_units: ["tenant_id", "task_id", "org_unit_id", "role"],
  indicators: [
    "id",
    "tenant_id",
    "plan_id",
    "task_id",
    "origin",
    "position",
    "name",
    "unit",
    "comparator",
    "baseline_value",
    "baseline_year",
    "target_value",
    "target_max",
    "target_year",
    "source_text",
    "tolerance",
    "definition_id",
    "mapping_state",
    "created_at",
  ],
  task_status_events: [
    "id",
    "tenant_id",
    "task_id",
    "actor_user_id",
    "from_status",
    "to_status",
    "from_progress",
    "to_progress",
    "due_date",
    "note",
    "created_at",
  ],
  reporting_periods: ["id", "tenant_id", "plan_id", "label", "starts_on", "ends_on", "due_on", "created_at"],
  report_slots: [
    "id",
    "tenant_id",
    "period_id",
    "task_id",
    "org_unit_id",
    "unit_role",
    "due_on",
    "status",
    "overdue_marked_at",
    "last_urged_at",
    "created_at",
    "updated_at",
  ],
  reports: [
    "id",
    "tenant_id",
    "slot_id",
    "status",
    "summary",
    "progress",
    "problems",
    "next_steps",
    "version",
    "author_user_id",
    "submitted_at",
    "reviewed_at",
    "reviewer_user_id",
    "review_comment",
    "submit_key",
    "created_at",
    "updated_at",
  ],
  report_events: ["id", "tenant_id", "report_id", "actor_user_id", "action", "from_status", "to_status", "comment", "created_at"],
  indicator_actuals: [
    "id",
    "tenant_id",
    "indicator_id",
    "report_id",
    "period_id",
    "as_of",
    "value",
    "review_state",
    "definition_version",
    "entered_by_id",
    "created_at",
  ],
  audit_events: ["id", "tenant_id", "actor_user_id", "action", "entity_type", "entity_id", "before", "after", "created_at"],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;

/** Parents before children: the order the tables are copied in. */
export const COPY_ORDER = Object.keys(TABLE_COLUMNS) as TableName[];

export const PROVINCE_ACTION = "bench.province";

export type Tables = Record<TableName, CopyTable>;

export interface DistrictRows {
  tenantId: string;
  tables: Tables;
}

export function emptyTables(): Tables {
  return Object.fromEntries(COPY_ORDER.map((t) => [t, new CopyTable(t, TABLE_COLUMNS[t])])) as Tables;
}
