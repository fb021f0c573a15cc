// `npm run plan:import -- <file> --tenant <code> [--replace]`: parses the
// document and stores it in the tenant in one transaction. A second import of
// the same document is refused unless --replace is given. Works beside a
// running `npm start` (lib/cli/command-database.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand, UsageError } from "@/lib/cli/run-command";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";

await runCommand("导入", async () => {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--tenant");
  const tenantCode = args[args.indexOf("--tenant") + 1];
  if (!file || !args.includes("--tenant") || !tenantCode)
    throw new UsageError("用法：npm run plan:import -- <文件.docx|文件.xlsx|文件.pdf|文件.txt> --tenant <租户代码> [--replace]");
  const bytes = new Uint8Array(await readFile(file));
  const result = await withCommandDatabase(
    () => {},
    (owner) => importPlanFile(owner, tenantCode, path.basename(file), bytes, { replace: args.includes("--replace") }),
  );
  console.log(
    `已${result.replaced ? "替换" : "导入"}：部分 ${result.sections} · 任务 ${result.tasks} · 指标 ${result.indicators} · 新建单位 ${result.unitsCreated} · 新建领导 ${result.peopleCreated}（规划 ID ${result.planId}）`,
  );
});
