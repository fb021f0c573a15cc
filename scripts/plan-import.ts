// `npm run plan:import -- <file> --tenant <code> [--replace]`: parses the
// document and stores it in the tenant in one transaction. A second import of
// the same document is refused unless --replace is given.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { UserFacingError } from "@/lib/errors";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--tenant");
const tenantCode = args[args.indexOf("--tenant") + 1];
if (!file || !args.includes("--tenant") || !tenantCode) {
  console.error("用法：npm run plan:import -- <文件.txt|文件.docx> --tenant <租户代码> [--replace]");
  process.exit(2);
}

const db = await prepareDatabaseFromEnv(() => {});
const owner = createPrismaClient(db.ownerUrl, 2);
let code = 0;
try {
  const result = await importPlanFile(owner, tenantCode, path.basename(file), new Uint8Array(await readFile(file)), { replace: args.includes("--replace") });
  console.log(
    `已${result.replaced ? "替换" : "导入"}：部分 ${result.sections} · 任务 ${result.tasks} · 指标 ${result.indicators} · 新建单位 ${result.unitsCreated} · 新建领导 ${result.peopleCreated}（规划 ID ${result.planId}）`,
  );
} catch (err) {
  console.error(err instanceof UserFacingError ? err.message : `导入失败：${(err as Error).message}`);
  code = 1;
} finally {
  await owner.$disconnect();
  await db.stop();
}
process.exit(code);
