// Phase 6: the report, as one JSON object (also saved to .tmp/bench/latest.json) or a readable table.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Scale, Targets } from "../lib/province";
import { table, type ResultRow } from "../lib/report";
import { round } from "../lib/stats";
import type { RunOptions } from "./options";

export interface RunFacts {
  scale: Scale;
  targets: Targets;
  /** Reporters signed in (the submit pool). */
  reporterPool: number;
  rssIdle: number;
  rssPeakDashboard: number;
  submissions: Record<string, unknown> | null;
  rows: ResultRow[];
}

export type BenchOutput = ReturnType<typeof benchOutput>;

export function benchOutput(facts: RunFacts, options: RunOptions) {
  const { scale, targets } = facts;
  return {
    scale: {
      ...scale,
      measured: targets.district.code,
      measured_tasks: targets.district.tasks,
      city: targets.city.code,
      city_districts: targets.city.districts,
    },
    machine: { nproc: os.availableParallelism(), memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version, cpu: os.cpus()[0]?.model ?? "" },
    settings: {
      duration_s: options.durationS,
      warmup_s: options.warmupS,
      connections: options.loadConnections,
      reporters: Math.min(options.reporterCount, facts.reporterPool),
      reporter_pool: facts.reporterPool,
    },
    server: { rss_idle_mb: round(facts.rssIdle, 0), rss_peak_dashboard_mb: round(facts.rssPeakDashboard, 0), rss_target_met: facts.rssPeakDashboard <= 512 },
    targets: {
      task_list: {
        plan: targets.taskList.planTitle,
        status: targets.taskList.status,
        matching: targets.taskList.matching,
        deep_page: targets.taskList.deepPage,
      },
      leader: targets.leader.username,
      leader_tasks: targets.leader.ledTasks,
    },
    submissions: facts.submissions,
    results: facts.rows,
  };
}

export async function saveOutput(output: BenchOutput): Promise<void> {
  await mkdir(path.resolve(".tmp/bench"), { recursive: true });
  await writeFile(path.resolve(".tmp/bench/latest.json"), JSON.stringify(output, null, 2));
}

export function printOutput(output: BenchOutput, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(output) + "\n");
    return;
  }
  console.log(`\nEduPlan benchmarks — ${output.scale.districts} districts, ${output.scale.tasks} tasks, ${output.scale.report_slots} report slots`);
  const generated = output.scale.generation_s === null ? "generation time not recorded" : `generated in ${output.scale.generation_s} s`;
  console.log(`database ${output.scale.database_mb} MB, ${generated}`);
  console.log(`machine: ${output.machine.nproc} CPUs, ${output.machine.memory_gb} GB, node ${output.machine.node}\n`);
  console.log(table(output.results));
  console.log(`\nserver RSS: idle ${output.server.rss_idle_mb} MB, peak under dashboard load ${output.server.rss_peak_dashboard_mb} MB`);
  console.log(`submissions check: ${JSON.stringify(output.submissions)}`);
}

/** `--only parse,pdf`: the in-process rows alone, with the machine they ran on. */
export function printInProcessOutput(rows: ResultRow[], json: boolean): void {
  const machine = { nproc: os.availableParallelism(), memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version, cpu: os.cpus()[0]?.model ?? "" };
  if (json) {
    process.stdout.write(JSON.stringify({ machine, results: rows }) + "\n");
    return;
  }
  console.log(`machine: ${machine.nproc} CPUs, ${machine.memory_gb} GB, node ${machine.node}, load ${os.loadavg()[0]!.toFixed(1)}\n`);
  console.log(table(rows));
  for (const row of rows) if (row.notes) console.log(`${row.name}: ${row.notes}`);
}
