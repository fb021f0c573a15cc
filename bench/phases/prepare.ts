// Phase 1: the bench database with its province, leftovers of an interrupted
// run removed, and what is measured chosen by SQL (largest first).
import { chooseReporters, chooseTargets, openBenchDatabase, readScale, type Reporter, type Scale, type Targets } from "../lib/province";
import { cleanUp } from "../lib/submit";
import type { Cleanups, Log } from "./lifecycle";
import type { RunOptions } from "./options";

/** Enough open slots that nobody runs out: generous for 1 000 submissions/s. */
const REPORTER_POOL_FACTOR = 5;

export type BenchDatabase = Awaited<ReturnType<typeof openBenchDatabase>>;

export interface Prepared {
  db: BenchDatabase;
  scale: Scale;
  targets: Targets;
  reporters: Reporter[];
}

export async function prepare(options: RunOptions, cleanups: Cleanups, log: Log): Promise<Prepared> {
  const db = await openBenchDatabase({ tenants: options.tenants, explicit: options.tenantsGiven, citySize: options.citySize, fresh: options.fresh, log });
  cleanups.push(() => db.stop());
  // Reports left by an interrupted run would shrink the open slots and skew the figures.
  const stale = await cleanUp(db.ownerUrl);
  if (stale) log(`已清除上次中断留下的 ${stale} 份基准测试报告`);

  const scale = await readScale(db.ownerUrl);
  const targets = await chooseTargets(db.ownerUrl);
  // 50 seats, each filled by one reporter at a time; a reporter whose unit has no
  // open slot left hands the seat to the next (a province's units hold ~7–30 open slots each).
  const submits = options.selected("submit") || options.selected("pgbouncer") || options.selected("balancer");
  const reporters = submits ? await chooseReporters(db.ownerUrl, options.reporterCount * REPORTER_POOL_FACTOR, 200) : [];
  log(
    `规模：${scale.districts} 个区县、${scale.tasks} 项任务、${scale.report_slots} 个填报任务；` +
      `测量：${targets.district.code}（${targets.district.tasks} 项任务）、${targets.city.code}（${targets.city.districts} 个区县）、${reporters.length} 名填报员`,
  );
  if (submits && reporters.length < options.reporterCount) log(`注意：只有 ${reporters.length} 名填报员有未填报的填报任务`);
  return { db, scale, targets, reporters };
}
