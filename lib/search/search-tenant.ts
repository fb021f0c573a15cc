// The header's search: plans, tasks, units, people and report texts of the
// caller's tenant whose words contain the query, best first (decision 0032).
//
// One statement: a ranked, capped subquery per kind the caller may read, then
// the hits interleaved. Ranking: the whole title (0) > its start (1) > anywhere
// in it (2) > only similar (3, pg_trgm word similarity); inside a tier each
// kind's best come first, so one kind cannot crowd out the rest. Every
// subquery starts with tenant_id, which leads the trigram GIN indexes
// (btree_gin); a query under three characters has no trigram, and the same
// predicate bounds its scan to the tenant.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Permission } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { readableReportSql } from "@/lib/reports/reporter-scope";
import { SEARCH_KINDS, type SearchKind } from "@/lib/vocabulary";
import { excerptAround } from "./excerpt";
import { likePatterns } from "./like-pattern";
import { searchUrl } from "./search-url";

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  url: string;
  /** A second line: the task's plan, the person's post, the report's unit and period and the words matched. */
  detail: string | null;
}

/** pg_trgm indexes runs of three characters: shorter queries match by the bounded scan only. */
const TRIGRAM_LENGTH = 3;

const READ_PERMISSION: Record<SearchKind, Permission> = {
  plan: "plans:read",
  task: "plans:read",
  unit: "units:read",
  person: "people:read",
  report: "reports:read",
};

interface Terms {
  tenantId: string;
  q: string;
  contains: string;
  prefix: string;
  trigram: boolean;
  limit: number;
}

interface Row {
  kind: SearchKind;
  id: string;
  title: string;
  link_id: string | null;
  detail: string | null;
  text: string | null;
}

export async function searchTenant(tx: Tx, session: TenantSession, q: string, limit: number): Promise<SearchHit[]> {
  const terms: Terms = { tenantId: session.tenant.tenantId, q, ...likePatterns(q), trigram: [...q].length >= TRIGRAM_LENGTH, limit };
  const parts = SEARCH_KINDS.filter((kind) => can(session.role, READ_PERMISSION[kind])).map((kind) => KIND_SQL[kind](terms, session));
  if (parts.length === 0) return [];
  // Each part is a few milliseconds of work: starting parallel workers costs more than it saves.
  await tx.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT kind, id, title, link_id, detail, text FROM (
      SELECT h.*, row_number() OVER (PARTITION BY h.kind, h.tier ORDER BY h.score DESC, length(h.title), h.title) AS pos
      FROM (${Prisma.join(parts, " UNION ALL ")}) h
    ) ranked
    ORDER BY tier, pos, array_position(${[...SEARCH_KINDS]}::text[], kind)
    LIMIT ${limit}`;
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: r.title,
    url: searchUrl(r.kind, r.id, r.link_id),
    detail: r.text === null ? r.detail : `${r.detail} · ${excerptAround(r.text, q)}`,
  }));
}

/** The tier of a title: whole, start, anywhere, similar. */
function tierOf(column: Prisma.Sql, t: Terms): Prisma.Sql {
  return Prisma.sql`CASE WHEN lower(${column}) = lower(${t.q}) THEN 0 WHEN ${column} ILIKE ${t.prefix} ESCAPE '\\' THEN 1
    WHEN ${column} ILIKE ${t.contains} ESCAPE '\\' THEN 2 ELSE 3 END`;
}

/** Contains the query, or (three characters and more) is similar to it; both served by the trigram index. */
function matches(column: Prisma.Sql, t: Terms): Prisma.Sql {
  return t.trigram ? Prisma.sql`(${column} ILIKE ${t.contains} ESCAPE '\\' OR ${t.q} <% ${column})` : Prisma.sql`${column} ILIKE ${t.contains} ESCAPE '\\'`;
}

function scoreOf(column: Prisma.Sql, t: Terms): Prisma.Sql {
  return t.trigram ? Prisma.sql`word_similarity(${t.q}, ${column})` : Prisma.sql`0::real`;
}

/** A kind whose hit is one titled row of one table. */
function titled(kind: SearchKind, table: string, column: string, detail: Prisma.Sql, t: Terms): Prisma.Sql {
  const col = Prisma.raw(`x.${column}`);
  return Prisma.sql`(
    SELECT ${kind}::text AS kind, x.id, ${col} AS title, NULL::uuid AS link_id, ${detail} AS detail, NULL::text AS text,
           ${tierOf(col, t)} AS tier, ${scoreOf(col, t)} AS score
    FROM ${Prisma.raw(table)} x
    WHERE x.tenant_id = ${t.tenantId}::uuid AND ${matches(col, t)}
    ORDER BY tier, score DESC, length(${col}) LIMIT ${t.limit})`;
}

const KIND_SQL: Record<SearchKind, (t: Terms, session: TenantSession) => Prisma.Sql> = {
  plan: (t) => titled("plan", "plans", "title", Prisma.sql`NULL::text`, t),
  task: (t) => titled("task", "tasks", "title", Prisma.sql`(SELECT p.title FROM plans p WHERE p.tenant_id = x.tenant_id AND p.id = x.plan_id)`, t),
  unit: (t) => titled("unit", "org_units", "name", Prisma.sql`NULL::text`, t),
  person: (t) => titled("person", "people", "name", Prisma.sql`x.title`, t),
  report: reportSql,
};

/**
 * Report texts (summary, problems, next steps) the caller may read: a reporter's
 * own unit's, others' once approved. Substring only, newest first: similarity
 * over prose matched hundreds of reports per common phrase and scoring them cost
 * more than the rest of the search (bench); a report is found by its words.
 */
function reportSql(t: Terms, session: TenantSession): Prisma.Sql {
  const fields = [Prisma.sql`r.summary`, Prisma.sql`r.problems`, Prisma.sql`r.next_steps`];
  // LIKE, not ILIKE: prose is long and lower-casing every row of the tenant costs
  // four times the match (bench); Chinese has no case, titles above still ignore it.
  const contains = fields.map((f) => Prisma.sql`${f} LIKE ${t.contains} ESCAPE '\\'`);
  const matched = Prisma.sql`CASE ${Prisma.join(
    fields.map((f, i) => Prisma.sql`WHEN ${contains[i]!} THEN ${f}`),
    " ",
  )} ELSE r.summary END`;
  return Prisma.sql`(
    SELECT 'report'::text AS kind, r.id, tk.title || ' · ' || u.name || ' · ' || pd.label AS title, s.id AS link_id,
           u.name || ' · ' || pd.label AS detail, ${matched} AS text, 2 AS tier, 0::real AS score
    FROM reports r
    JOIN report_slots s ON s.tenant_id = r.tenant_id AND s.id = r.slot_id
    JOIN tasks tk ON tk.tenant_id = s.tenant_id AND tk.id = s.task_id
    JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
    JOIN reporting_periods pd ON pd.tenant_id = s.tenant_id AND pd.id = s.period_id
    WHERE r.tenant_id = ${t.tenantId}::uuid AND (${Prisma.join(contains, " OR ")})
      AND ${readableReportSql(session, { report: "r", slot: "s" })}
    ORDER BY r.updated_at DESC LIMIT ${t.limit})`;
}
