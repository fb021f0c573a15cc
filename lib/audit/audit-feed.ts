// The tenant's whole trail as one feed: audit_events (edits, imports, member
// management, deletions with their snapshots) together with the two history
// tables the domain writes as it works, task_status_events (任务状态) and
// report_events (报告的提交、退回、通过). Each row names who, when, what and
// which object: its type, id, the plan and task it belongs to, and a title
// read from the live row, or, for a deleted object, from the event's own JSON.
// Filters (filter.ts) are one SQL WHERE over the feed, so the page, its count
// and the export always agree.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "./filter";

export type AuditSource = "audit" | "status" | "report";

export interface AuditRow {
  id: string;
  source: AuditSource;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  title: string | null;
  /** A deletion that kept the object's whole history (before.snapshot), shown on /admin/audit/{id}. */
  hasSnapshot: boolean;
  /** before / after of an audit event without its snapshot, or the history row's own fields. */
  detail: Record<string, unknown>;
}

/** A deleted object's title, from the event's own JSON (the live row is gone). */
const JSON_TITLE = Prisma.sql`COALESCE(a.before->>'title', a.after->>'title', a.before->>'name', a.after->>'name', a.after->>'username')`;

/**
 * The three sources in one shape, light columns only. audit_events' JSON is
 * read here only when an object filter needs it (`withJson`): a deletion's
 * before holds its whole snapshot, and reading a title out of it means reading
 * all of it, so listing a page must not touch the JSON of rows it will not show.
 */
const FEED = (tenantId: string, withJson: boolean) => {
  const json = (expression: Prisma.Sql) => (withJson ? expression : Prisma.sql`NULL::text`);
  return Prisma.sql`
  SELECT a.id, 'audit' AS source, a.created_at AS at, a.actor_user_id, a.action, a.entity_type, a.entity_id::text AS entity_id,
    COALESCE(CASE a.entity_type WHEN 'plan' THEN a.entity_id::text WHEN 'section' THEN sec.plan_id::text WHEN 'task' THEN t.plan_id::text END,
      ${json(Prisma.sql`COALESCE(a.before->>'planId', a.after->>'planId')`)}) AS plan_id,
    COALESCE(CASE a.entity_type WHEN 'task' THEN a.entity_id::text END, ${json(Prisma.sql`COALESCE(a.before->>'taskId', a.after->>'taskId')`)}) AS task_id,
    COALESCE(p.title, CASE WHEN t.id IS NOT NULL THEN concat(t.number, '. ', t.title) END, sec.title, i.name, ms.title,
      CASE WHEN mu.id IS NOT NULL THEN concat(mu.display_name, '（', mu.username, '）') END,
      CASE WHEN rs.id IS NOT NULL THEN concat(rst.number, '. ', rst.title, ' · ', rsu.name) END,
      ${json(JSON_TITLE)}) AS title,
    NULL::jsonb AS detail
  FROM audit_events a
  LEFT JOIN plans p ON a.entity_type = 'plan' AND p.tenant_id = a.tenant_id AND p.id = a.entity_id
  LEFT JOIN tasks t ON a.entity_type = 'task' AND t.tenant_id = a.tenant_id AND t.id = a.entity_id
  LEFT JOIN sections sec ON a.entity_type = 'section' AND sec.tenant_id = a.tenant_id AND sec.id = a.entity_id
  LEFT JOIN indicators i ON a.entity_type = 'indicator' AND i.tenant_id = a.tenant_id AND i.id = a.entity_id
  LEFT JOIN task_milestones ms ON a.entity_type = 'task_milestone' AND ms.tenant_id = a.tenant_id AND ms.id = a.entity_id
  LEFT JOIN memberships m ON a.entity_type = 'membership' AND m.tenant_id = a.tenant_id AND m.id = a.entity_id
  LEFT JOIN users mu ON mu.id = m.user_id
  LEFT JOIN report_slots rs ON a.entity_type = 'report_slot' AND rs.tenant_id = a.tenant_id AND rs.id = a.entity_id
  LEFT JOIN tasks rst ON rst.tenant_id = rs.tenant_id AND rst.id = rs.task_id
  LEFT JOIN org_units rsu ON rsu.tenant_id = rs.tenant_id AND rsu.id = rs.org_unit_id
  WHERE a.tenant_id = ${tenantId}::uuid
  UNION ALL
  SELECT e.id, 'status', e.created_at, e.actor_user_id, 'task.status', 'task', e.task_id::text, t.plan_id::text, e.task_id::text,
    concat(t.number, '. ', t.title),
    jsonb_strip_nulls(jsonb_build_object('fromStatus', e.from_status, 'toStatus', e.to_status, 'fromProgress', e.from_progress,
      'toProgress', e.to_progress, 'dueDate', e.due_date, 'note', e.note))
  FROM task_status_events e
  JOIN tasks t ON t.tenant_id = e.tenant_id AND t.id = e.task_id
  WHERE e.tenant_id = ${tenantId}::uuid
  UNION ALL
  SELECT e.id, 'report', e.created_at, e.actor_user_id, 'report.' || e.action, 'report', e.report_id::text, t.plan_id::text, t.id::text,
    concat(t.number, '. ', t.title, ' · ', u.name, ' · ', pe.label),
    jsonb_strip_nulls(jsonb_build_object('fromStatus', e.from_status, 'toStatus', e.to_status, 'comment', e.comment))
  FROM report_events e
  JOIN reports r ON r.tenant_id = e.tenant_id AND r.id = e.report_id
  JOIN report_slots sl ON sl.tenant_id = r.tenant_id AND sl.id = r.slot_id
  JOIN tasks t ON t.tenant_id = sl.tenant_id AND t.id = sl.task_id
  JOIN org_units u ON u.tenant_id = sl.tenant_id AND u.id = sl.org_unit_id
  JOIN reporting_periods pe ON pe.tenant_id = sl.tenant_id AND pe.id = sl.period_id
  WHERE e.tenant_id = ${tenantId}::uuid`;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function whereOf(filter: AuditFilter, actorIds: string[] | null): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (actorIds) conditions.push(Prisma.sql`feed.actor_user_id = ANY(${actorIds}::uuid[])`);
  if (filter.action) conditions.push(Prisma.sql`feed.action = ${filter.action}`);
  if (filter.entityType) conditions.push(Prisma.sql`feed.entity_type = ${filter.entityType}`);
  if (filter.object) {
    // An id names the object itself, or the plan or task it belongs to: a plan's id finds its tasks' history too.
    conditions.push(
      UUID.test(filter.object)
        ? Prisma.sql`${filter.object.toLowerCase()} IN (feed.entity_id, feed.plan_id, feed.task_id)`
        : Prisma.sql`feed.title ILIKE ${likePattern(filter.object)}`,
    );
  }
  // Calendar days in China time, both ends inclusive.
  if (filter.from) conditions.push(Prisma.sql`feed.at >= (${filter.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  if (filter.to) conditions.push(Prisma.sql`feed.at < ((${filter.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`);
  return Prisma.join(conditions, " AND ");
}

/** The tenant's accounts a person filter names (display name or username), looked up once instead of joined into the feed. */
async function actorsMatching(tx: Tx, tenantId: string, person: string | undefined): Promise<string[] | null> {
  if (!person) return null;
  const like = likePattern(person);
  const users = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id::text AS id FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.tenant_id = ${tenantId}::uuid AND (u.display_name ILIKE ${like} OR u.username ILIKE ${like})`;
  return users.map((u) => u.id);
}

interface RawRow {
  id: string;
  source: AuditSource;
  at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  title: string | null;
  has_snapshot: boolean;
  detail: Record<string, unknown>;
}

/**
 * The filtered feed, newest first: `limit` rows from `offset`, and how many
 * match in all. The page is chosen on the light columns first; only its rows
 * then read their audit JSON (title of a deleted object, before/after without
 * the snapshot).
 */
export async function queryAuditFeed(tx: Tx, tenantId: string, filter: AuditFilter, window: { offset: number; limit: number }) {
  const feed = FEED(tenantId, Boolean(filter.object));
  const where = whereOf(filter, await actorsMatching(tx, tenantId, filter.person));
  const rows = await tx.$queryRaw<RawRow[]>`
    WITH page AS (
      SELECT feed.* FROM (${feed}) AS feed
      WHERE ${where}
      ORDER BY feed.at DESC, feed.id DESC
      LIMIT ${window.limit} OFFSET ${window.offset}
    )
    SELECT page.id::text AS id, page.source, page.at, page.actor_user_id::text AS actor_user_id, actor.display_name AS actor_name,
      page.action, page.entity_type, page.entity_id, COALESCE(page.title, ${JSON_TITLE}) AS title,
      (a.before -> 'snapshot') IS NOT NULL AS has_snapshot,
      CASE page.source WHEN 'audit' THEN jsonb_strip_nulls(jsonb_build_object(
        'before', CASE WHEN jsonb_typeof(a.before) = 'object' THEN a.before - 'snapshot' ELSE a.before END, 'after', a.after))
        ELSE page.detail END AS detail
    FROM page
    LEFT JOIN audit_events a ON page.source = 'audit' AND a.tenant_id = ${tenantId}::uuid AND a.id = page.id
    LEFT JOIN users actor ON actor.id = page.actor_user_id
    ORDER BY page.at DESC, page.id DESC`;
  const [count] = await tx.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM (${feed}) AS feed WHERE ${where}`;
  const items: AuditRow[] = rows.map((r) => ({
    id: r.id,
    source: r.source,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    title: r.title,
    hasSnapshot: r.has_snapshot,
    detail: r.detail ?? {},
  }));
  return { items, total: Number(count?.total ?? 0) };
}
