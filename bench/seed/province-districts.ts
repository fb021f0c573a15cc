// The province's districts: each generated in memory (./district.ts) and
// copied in one tenant-scoped transaction, whole or not at all; districts
// already there are skipped, so an interrupted run can be resumed.
import { copyTable, isoTime } from "./copy";
import { generateDistrict } from "./district";
import { districtCode } from "./province-shape";
import { inTenantTransaction, type ProvinceRun } from "./province-loader";
import { COPY_ORDER } from "./tables";

export async function addDistricts(run: ProvinceRun, cityIds: Map<number, string>): Promise<void> {
  const { summary } = run;
  const progress = { done: 0, generateMs: 0, copyMs: 0 };
  for (let i = 1; i <= summary.districts; i++) {
    const code = districtCode(i);
    if (run.existing.has(code)) {
      summary.skipped.push(code);
      continue;
    }
    await addDistrict(run, i, cityIds.get(Math.ceil(i / summary.districtsPerCity))!, progress);
    summary.generated.push(code);
  }
}

async function addDistrict(run: ProvinceRun, i: number, parentId: string, progress: { done: number; generateMs: number; copyMs: number }) {
  const { client, summary } = run;
  const { rows } = summary;
  const code = districtCode(i);
  const number = String(i).padStart(3, "0");
  const name = `样例区${number}教育局`;
  const g0 = Date.now();
  const district = generateDistrict({
    seed: summary.seed,
    code,
    name,
    area: `样例区${number}`,
    today: run.today,
    periods: run.periods,
    templates: run.templates,
    catalogue: run.catalogue,
    passwordHash: run.passwordHash,
  });
  const g1 = Date.now();
  progress.generateMs += g1 - g0;
  let districtRows = 1;
  await inTenantTransaction(client, district.tenantId, async () => {
    await client.query("INSERT INTO tenants (id, code, name, kind, parent_id, created_at) VALUES ($1, $2, $3, 'bureau', $4, $5)", [
      district.tenantId,
      code,
      name,
      parentId,
      isoTime(run.setupAt + i * 60_000 + 30_000),
    ]);
    for (const table of COPY_ORDER) {
      const copied = await copyTable(client, district.tables[table], { viaStaging: run.viaStaging });
      rows[table] += copied;
      districtRows += copied;
    }
  });
  progress.copyMs += Date.now() - g1;
  rows.tenants++;
  progress.done++;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const elapsed = (Date.now() - run.started) / 1000;
  const n = summary.districts;
  run.log(
    `区县 ${i}/${n} ${code}：${fmt(districtRows)} 行（任务 ${fmt(district.tables.tasks.size)}、报告 ${fmt(district.tables.reports.size)}），` +
      `累计 ${fmt(total)} 行，${fmt(Math.round(total / Math.max(elapsed, 0.001)))} 行/秒，用时 ${duration(elapsed)}` +
      (progress.done % 10 === 0 || i === n ? `（生成 ${duration(progress.generateMs / 1000)}，写入 ${duration(progress.copyMs / 1000)}）` : ""),
  );
}

const fmt = (n: number) => n.toLocaleString("en-US");

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds - m * 60);
  return m ? `${m}分${String(s).padStart(2, "0")}秒` : `${seconds.toFixed(1)}秒`;
}
