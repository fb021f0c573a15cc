// The 亮灯 rule of light.ts as one SQL expression, so lists filter and count by
// light in the database (pagination and totals stay right). The two are twins:
// tests/integration/task-lights-sql.test.ts runs both over a grid of tasks and
// requires the same answer. Change one, change the other.
//
// Over a `tasks` alias `t` joined to its `plans` alias `p`; the bureau's N comes
// from supervision_settings (RLS scopes it), DEFAULT_DUE_SOON_DAYS without a row.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DUE_SOON_DAYS } from "./light";

/** `today`: China's calendar date at UTC midnight (todayInChina()). Yields 'red' | 'yellow' | 'green' | 'none' | 'done'. */
export function taskLightSql(today: Date): Prisma.Sql {
  const day = Prisma.sql`${today.toISOString().slice(0, 10)}::date`;
  const start = Prisma.sql`make_date(p.start_year, 1, 1)`;
  const dueSoon = Prisma.sql`COALESCE((SELECT ss.due_soon_days FROM supervision_settings ss WHERE ss.tenant_id = t.tenant_id), ${DEFAULT_DUE_SOON_DAYS}::int)`;
  // Whole days and integer division, as expectedProgressOn.
  const expected = Prisma.sql`CASE WHEN t.due_date - ${start} <= 0 THEN 100
      ELSE LEAST(100, (100 * GREATEST(0, ${day} - ${start})) / (t.due_date - ${start})) END`;
  return Prisma.sql`(CASE
      WHEN t.status = 'completed' OR t.closed_at IS NOT NULL THEN 'done'
      WHEN t.ongoing OR t.due_date IS NULL THEN 'none'
      WHEN t.due_date < ${day} THEN 'red'
      WHEN t.due_date - ${day} <= ${dueSoon} THEN 'yellow'
      WHEN t.progress < ${expected} THEN 'yellow'
      ELSE 'green' END)`;
}
