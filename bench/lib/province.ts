// The benchmark's database and what is measured in it: the embedded server in
// .data-bench/ (or DATABASE_URL), the synthetic province from
// bench/seed/generate-province.ts when absent, its size, and the tenants,
// users, plan and slots the benchmarks act on (chosen by SQL, largest first).
import path from "node:path";
import pg from "pg";
import { dropDatabase, withDatabase, withPgClient } from "@/lib/db/provision";
import { prepareDatabase } from "@/lib/db/runtime";
import { PAGE_SIZE } from "@/lib/pagination";
import { BENCH_PASSWORD, DISTRICTS_PER_CITY, districtCode, generateProvince } from "../seed/generate-province";
import { readGeneration } from "../seed/generation-log";

export { BENCH_PASSWORD };
export const BENCH_DATABASE = "eduplan_bench";
export const COMPARE_INDICATOR = "preschool-inclusive-coverage";

type Log = (line: string) => void;

function prepare(log: Log) {
  return prepareDatabase({
    dataDir: path.resolve(process.env.EDUPLAN_BENCH_DATA_DIR ?? ".data-bench"),
    databaseUrl: process.env.DATABASE_URL || undefined,
    appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
    embeddedPort: Number(process.env.EDUPLAN_BENCH_PG_PORT ?? 54339),
    databaseName: BENCH_DATABASE,
    log,
  });
}

/** How many districts the province has, and how many its largest city holds. */
async function provinceShape(ownerUrl: string): Promise<{ districts: number; largestCity: number }> {
  return withPgClient(ownerUrl, async (c) => {
    const { rows } = await c.query<{ districts: number; largestCity: number }>(
      `SELECT count(*)::int AS districts,
         coalesce((SELECT max(n) FROM (SELECT count(*)::int AS n FROM tenants WHERE kind = 'bureau' GROUP BY parent_id) s), 0)::int AS "largestCity"
       FROM tenants WHERE kind = 'bureau' AND code LIKE 'district-%'`,
    );
    return rows[0]!;
  });
}

/**
 * The bench database with a province of `tenants` districts: generated when
 * there is none; with `fresh` (embedded only) dropped and generated anew. An
 * existing province of another size is used as it is unless a size was asked
 * for: then a smaller one is extended and a larger one refused. A city size
 * (`--city-size`) other than the existing province's is refused too: its
 * districts would belong to cities of two shapes.
 */
export async function openBenchDatabase(options: { tenants: number; explicit: boolean; citySize: number | undefined; fresh: boolean; log: Log }) {
  const { log } = options;
  let db = await prepare(log);
  const superuser = await withPgClient(db.ownerUrl, async (c) => {
    const { rows } = await c.query<{ ok: boolean }>("SELECT rolsuper OR rolbypassrls AS ok FROM pg_roles WHERE rolname = current_user");
    return rows[0]!.ok;
  });
  if (!superuser) {
    await db.stop();
    throw new Error("基准测试需要以超级用户或 BYPASSRLS 角色连接（DATABASE_URL）：生成与核对数据要跨租户读写。");
  }
  const shape = await provinceShape(db.ownerUrl);
  let existing = shape.districts;
  if (options.fresh && existing > 0) {
    if (!db.embedded) {
      await db.stop();
      throw new Error("--fresh 只用于嵌入式数据库；外部数据库请自行删除后重试。");
    }
    log(`--fresh：删除数据库 ${BENCH_DATABASE} 并重新生成`);
    await dropDatabase(withDatabase(db.ownerUrl, "postgres"), BENCH_DATABASE);
    await db.stop();
    db = await prepare(log);
    existing = 0;
  }
  const citySize = options.citySize ?? DISTRICTS_PER_CITY;
  if (existing > 0 && options.citySize !== undefined && shape.largestCity !== Math.min(citySize, existing)) {
    await db.stop();
    throw new Error(`已有的模拟省份每市最多 ${shape.largestCity} 个区县，与 --city-size ${citySize} 不符：加 --fresh，或用另一个 EDUPLAN_BENCH_DATA_DIR。`);
  }
  if (existing > 0 && existing !== options.tenants && !options.explicit) {
    log(`沿用已有的 ${existing} 个区县的模拟省份（--tenants N 改变规模，--fresh 重新生成）`);
  } else if (existing > options.tenants) {
    await db.stop();
    throw new Error(`已有 ${existing} 个区县的模拟省份，多于 --tenants ${options.tenants}：加 --fresh 重新生成。`);
  } else if (existing < options.tenants) {
    // The generator skips districts already present: a smaller province is extended.
    log(`生成模拟省份：${options.tenants} 个区县（已有 ${existing} 个）…`);
    const summary = await generateProvince({ ownerUrl: db.ownerUrl, tenants: options.tenants, districtsPerCity: citySize, log });
    log(`模拟省份已生成：${summary.totalRows} 行，${summary.seconds.toFixed(0)} 秒`);
  }
  return db;
}

export interface Scale {
  districts: number;
  cities: number;
  users: number;
  plans: number;
  tasks: number;
  indicators: number;
  report_slots: number;
  reports: number;
  indicator_actuals: number;
  task_status_events: number;
  database_mb: number;
  /** Seconds the province took to generate (bench/seed/generation-log.ts); null when generated before it was recorded. */
  generation_s: number | null;
}

export async function readScale(ownerUrl: string): Promise<Scale> {
  return withPgClient(ownerUrl, async (c) => {
    const { rows } = await c.query<Omit<Scale, "generation_s">>(`SELECT
      (SELECT count(*) FROM tenants WHERE kind = 'bureau')::int AS districts,
      (SELECT count(*) FROM tenants WHERE kind = 'city')::int AS cities,
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM plans)::int AS plans,
      (SELECT count(*) FROM tasks)::int AS tasks,
      (SELECT count(*) FROM indicators)::int AS indicators,
      (SELECT count(*) FROM report_slots)::int AS report_slots,
      (SELECT count(*) FROM reports)::int AS reports,
      (SELECT count(*) FROM indicator_actuals)::int AS indicator_actuals,
      (SELECT count(*) FROM task_status_events)::int AS task_status_events,
      round(pg_database_size(current_database()) / 1048576.0)::int AS database_mb`);
    return { ...rows[0]!, generation_s: (await readGeneration(c))?.seconds ?? null };
  });
}

export interface Targets {
  district: { id: string; code: string; name: string; tasks: number };
  leader: { id: string; username: string; ledTasks: number };
  staff: { id: string; username: string };
  taskList: { planId: string; planTitle: string; status: string; matching: number; deepPage: number };
  city: { id: string; code: string; name: string; districts: number };
  cityViewer: { id: string; username: string };
  definition: { id: string; code: string; name: string; unit: string | null };
  children: { id: string; code: string; name: string }[];
  /** The measured district's task with the most report slots: the one the task page benchmark opens. */
  busyTask: { id: string };
  /** The city's district with the most tasks: the one the drill-down benchmark opens. */
  drillDistrict: { code: string; tasks: number };
}

async function one<T extends pg.QueryResultRow>(c: pg.Client, what: string, text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await c.query<T>(text, values);
  if (!rows[0]) throw new Error(`模拟省份中找不到${what}`);
  return rows[0];
}

/**
 * Districts a measured district is chosen from: the first ten, which every
 * province of ten or more has with the same rows (a district's rows depend on
 * its code and the seed only). So N = 10, 100 and 1 000 measure the same
 * district, and the curve shows what N costs, not a bigger district.
 */
export const MEASURED_DISTRICT_POOL = Array.from({ length: 10 }, (_, i) => districtCode(i + 1));

/** The district with the most tasks (of the pool), its leader with the most tasks, its largest plan's most common status; the city with the most districts. */
export async function chooseTargets(ownerUrl: string): Promise<Targets> {
  return withPgClient(ownerUrl, async (c) => {
    const district = await one<Targets["district"]>(
      c,
      "区县",
      `SELECT t.id::text AS id, t.code, t.name, count(k.id)::int AS tasks FROM tenants t JOIN tasks k ON k.tenant_id = t.id
       WHERE t.kind = 'bureau' AND t.code = ANY($1::text[]) GROUP BY t.id ORDER BY tasks DESC, t.code LIMIT 1`,
      [MEASURED_DISTRICT_POOL],
    );
    const userOf = (role: string) => `SELECT u.id::text AS id, u.username,
        (SELECT count(*) FROM people p JOIN task_leaders tl ON tl.tenant_id = p.tenant_id AND tl.person_id = p.id
         WHERE p.tenant_id = m.tenant_id AND p.user_id = u.id)::int AS "ledTasks"
      FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.tenant_id = $1::uuid AND m.role = '${role}' AND u.is_active
        AND (SELECT count(*) FROM memberships m2 WHERE m2.user_id = u.id) = 1
      ORDER BY "ledTasks" DESC, u.username LIMIT 1`;
    const leader = await one<Targets["leader"]>(c, "区县的分管领导账号", userOf("leader"), [district.id]);
    const staff = (await c.query<Targets["staff"]>(userOf("bureau_staff"), [district.id])).rows[0] ?? leader;
    const plan = await one<{ planId: string; planTitle: string; status: string; matching: number }>(
      c,
      "规划",
      `WITH biggest AS (
         SELECT p.id, p.title FROM plans p JOIN tasks t ON t.tenant_id = p.tenant_id AND t.plan_id = p.id
         WHERE p.tenant_id = $1::uuid GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1)
       SELECT b.id::text AS "planId", b.title AS "planTitle", t.status::text AS status, count(*)::int AS matching
       FROM biggest b JOIN tasks t ON t.tenant_id = $1::uuid AND t.plan_id = b.id
       GROUP BY b.id, b.title, t.status ORDER BY matching DESC, status LIMIT 1`,
      [district.id],
    );
    const busyTask = await one<Targets["busyTask"]>(
      c,
      "有填报的任务",
      `SELECT s.task_id::text AS id FROM report_slots s
       WHERE s.tenant_id = $1::uuid GROUP BY s.task_id ORDER BY count(*) DESC, s.task_id LIMIT 1`,
      [district.id],
    );
    const city = await one<Targets["city"]>(
      c,
      "市",
      `SELECT c.id::text AS id, c.code, c.name, count(d.id)::int AS districts FROM tenants c JOIN tenants d ON d.parent_id = c.id
       WHERE c.kind = 'city' GROUP BY c.id ORDER BY districts DESC, c.code LIMIT 1`,
    );
    const cityViewer = await one<Targets["cityViewer"]>(
      c,
      "市级查看账号",
      `SELECT u.id::text AS id, u.username FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.tenant_id = $1::uuid AND m.role = 'city_viewer' AND u.is_active ORDER BY u.username LIMIT 1`,
      [city.id],
    );
    const definition = await one<Targets["definition"]>(
      c,
      `目录指标 ${COMPARE_INDICATOR}`,
      "SELECT id::text AS id, code, name, unit FROM indicator_definitions WHERE code = $1",
      [COMPARE_INDICATOR],
    );
    const children = (
      await c.query<Targets["children"][number]>("SELECT id::text AS id, code, name FROM tenants WHERE parent_id = $1::uuid ORDER BY code", [city.id])
    ).rows;
    const drillDistrict = await one<Targets["drillDistrict"]>(
      c,
      "市的下辖区县",
      `SELECT d.code, count(t.id)::int AS tasks FROM tenants d LEFT JOIN tasks t ON t.tenant_id = d.id
       WHERE d.parent_id = $1::uuid GROUP BY d.id ORDER BY tasks DESC, d.code LIMIT 1`,
      [city.id],
    );
    return {
      district,
      leader,
      staff: { id: staff.id, username: staff.username },
      taskList: { ...plan, deepPage: Math.max(1, Math.ceil(plan.matching / PAGE_SIZE)) },
      busyTask,
      city,
      cityViewer,
      definition,
      children,
      drillDistrict,
    };
  });
}

export interface Reporter {
  userId: string;
  username: string;
  tenantId: string;
  orgUnitId: string;
  /** Open slots without a report, oldest due first. */
  slotIds: string[];
}

/** `count` unit reporters (one per unit, one membership each) with the most open, unreported slots. */
export async function chooseReporters(ownerUrl: string, count: number, maxSlots: number): Promise<Reporter[]> {
  return withPgClient(ownerUrl, async (c) => {
    const { rows } = await c.query<{ userId: string; username: string; tenantId: string; orgUnitId: string; open: number }>(
      `SELECT DISTINCT ON (m.tenant_id, m.org_unit_id) u.id::text AS "userId", u.username, m.tenant_id::text AS "tenantId",
         m.org_unit_id::text AS "orgUnitId", x.open
       FROM memberships m JOIN users u ON u.id = m.user_id
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS open FROM report_slots s
         WHERE s.tenant_id = m.tenant_id AND s.org_unit_id = m.org_unit_id AND s.status = 'open'
           AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = s.tenant_id AND r.slot_id = s.id)) x
       WHERE m.role = 'unit_reporter' AND m.org_unit_id IS NOT NULL AND u.is_active AND x.open > 0
         AND (SELECT count(*) FROM memberships m2 WHERE m2.user_id = u.id) = 1
       ORDER BY m.tenant_id, m.org_unit_id, u.username`,
    );
    const chosen = rows.sort((a, b) => b.open - a.open || a.username.localeCompare(b.username)).slice(0, count);
    const out: Reporter[] = [];
    for (const r of chosen) {
      const slots = await c.query<{ id: string }>(
        `SELECT s.id::text AS id FROM report_slots s
         WHERE s.tenant_id = $1::uuid AND s.org_unit_id = $2::uuid AND s.status = 'open'
           AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = s.tenant_id AND r.slot_id = s.id)
         ORDER BY s.due_on, s.id LIMIT $3`,
        [r.tenantId, r.orgUnitId, maxSlots],
      );
      out.push({ userId: r.userId, username: r.username, tenantId: r.tenantId, orgUnitId: r.orgUnitId, slotIds: slots.rows.map((s) => s.id) });
    }
    return out;
  });
}
