// What a bureau's data export contains: each tenant-owned table, its Chinese
// name (the workbook's sheet) and a stable row order. A new tenant table is
// either added here or to NOT_EXPORTED with the reason; a test fails until
// one of the two is done.
import { countedValuesSql } from "@/lib/indicators/counted-values-sql";

export interface ExportTable {
  table: string;
  label: string;
  orderBy: string;
  /** Columns to read; default every column of the table. */
  select?: string;
  /** Joined tables for `select`; the table itself is aliased `t`. */
  join?: string;
  /** The json file's name when a sheet is derived from a table already exported (default `table`). */
  file?: string;
}

// Which value each indicator counts per date (最多报一次, decision 0035): the
// raw 指标实绩 sheet holds every approved, set-aside and group value; this one
// says which of them a confirmed indicator shows, in any plan. No parameters:
// the fragment refers to the row alias only.
const COUNTED = countedValuesSql("t").text;

export const EXPORT_TABLES: readonly ExportTable[] = [
  { table: "org_units", label: "单位", orderBy: "t.name, t.id" },
  { table: "org_unit_aliases", label: "单位曾用名", orderBy: "t.org_unit_id, t.name" },
  { table: "unit_group_members", label: "群体成员单位", orderBy: "t.group_id, t.member_id" },
  { table: "people", label: "领导与人员", orderBy: "t.name, t.id" },
  {
    // Who the bureau's accounts are: never the password hash or session version.
    table: "memberships",
    label: "成员账号",
    orderBy: "u.username",
    select: "t.*, u.username, u.display_name, u.is_active, u.last_login_at",
    join: "JOIN users u ON u.id = t.user_id",
  },
  { table: "plans", label: "规划", orderBy: "t.start_year, t.title, t.id" },
  { table: "sections", label: "章节", orderBy: "t.plan_id, t.position, t.id" },
  { table: "tasks", label: "任务", orderBy: "t.plan_id, t.position, t.id" },
  { table: "measures", label: "任务举措", orderBy: "t.task_id, t.position, t.id" },
  { table: "task_leaders", label: "任务领导", orderBy: "t.task_id, t.person_id" },
  { table: "task_units", label: "任务单位", orderBy: "t.task_id, t.org_unit_id, t.role" },
  { table: "task_milestones", label: "任务节点", orderBy: "t.task_id, t.position, t.id" },
  { table: "task_status_events", label: "任务状态记录", orderBy: "t.created_at, t.id" },
  { table: "indicators", label: "指标", orderBy: "t.plan_id, t.position, t.id" },
  { table: "plan_projects", label: "重点项目", orderBy: "t.plan_id, t.position, t.id" },
  { table: "reporting_periods", label: "填报周期", orderBy: "t.plan_id, t.starts_on, t.id" },
  { table: "report_slots", label: "填报任务", orderBy: "t.period_id, t.task_id, t.org_unit_id" },
  { table: "reports", label: "进展报告", orderBy: "t.created_at, t.id" },
  { table: "report_events", label: "报告记录", orderBy: "t.created_at, t.id" },
  { table: "supervision_settings", label: "督办设置", orderBy: "t.tenant_id" },
  { table: "supervision_requests", label: "延期与销号申请", orderBy: "t.created_at, t.id" },
  { table: "supervision_slips", label: "督办单", orderBy: "t.year, t.number" },
  { table: "supervision_events", label: "督办记录", orderBy: "t.created_at, t.id" },
  { table: "attachments", label: "佐证材料", orderBy: "t.created_at, t.id" },
  { table: "indicator_actuals", label: "指标实绩", orderBy: "t.indicator_id, t.as_of, t.id" },
  {
    table: "indicators",
    file: "indicator_counted_values",
    label: "指标计入值",
    orderBy: "t.plan_id, t.position, t.id, c.as_of",
    select: "t.tenant_id, t.id AS indicator_id, t.name, t.mapping_state, c.as_of, c.value, c.conflict, c.actual_id, c.report_id, c.source_indicator_id",
    join: `JOIN LATERAL (${COUNTED}) c ON true`,
  },
  { table: "task_links", label: "年度任务与五年规划关联", orderBy: "t.from_task_id, t.created_at, t.id" },
  { table: "plan_publications", label: "公开发布的规划", orderBy: "t.plan_id" },
  { table: "audit_events", label: "操作日志", orderBy: "t.created_at, t.id" },
];

/** Tenant tables left out on purpose, and why. */
export const NOT_EXPORTED: Readonly<Record<string, string>> = {
  // Each person's own notifications (digests, 催办): derived from the events above, and personal.
  inbox_messages: "personal notifications, derived from the exported events",
  // Delivery copies of those notifications for e-mail and robots: transient, and they carry addresses.
  outbox_messages: "delivery queue of the notifications, transient",
  // Robot webhook URLs and signing secrets are credentials, not bureau data.
  robot_webhooks: "robot webhook credentials",
  // The evidence files' bytes: in the zip as the files themselves (佐证材料/), not as rows.
  file_chunks: "evidence file contents, exported as files under 佐证材料/",
};

/** The words of the zip a user sees. */
export const EXPORT_WORDS = {
  workbook: "数据总表.xlsx",
  readme: "说明.txt",
  evidenceFolder: "佐证材料",
  missingEvidence: "缺失的佐证材料.txt",
  zipName: (tenantName: string, day: string) => `${tenantName}-全部数据-${day}.zip`,
  cellTruncated: "…（内容过长，全文见 json 文件）",
  readmeText: (tenantName: string, exportedAt: string, counts: { label: string; table: string; rows: number }[], evidence: number) =>
    [
      `${tenantName} 全部数据导出`,
      `导出时间：${exportedAt}`,
      ``,
      `数据总表.xlsx：每张表一个工作表，便于在 Excel / WPS 中查看。`,
      `json/：同样的数据，字段完整（表名.json，每行一个对象），便于导入其他系统。`,
      `佐证材料/：单位上报的全部佐证文件，文件名前缀为“佐证材料”表中的 id。`,
      ``,
      `各表行数：`,
      ...counts.map((c) => `  ${c.label}（json/${c.table}.json）：${c.rows} 行`),
      `  佐证文件：${evidence} 个`,
    ].join("\r\n"),
} as const;
