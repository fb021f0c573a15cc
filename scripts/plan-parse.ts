// `npm run --silent plan:parse -- <file> [--json]`: the parse of a plan
// document (.docx, .xlsx, .pdf or .txt). With --json, the JSON and nothing else on stdout.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { UserFacingError } from "@/lib/errors";
import { readPlanFile } from "@/lib/plans/import/read-document";
import type { PlanSection } from "@/lib/plans/parser";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("用法：npm run --silent plan:parse -- <文件.docx|文件.xlsx|文件.pdf|文件.txt> [--json]");
  process.exit(2);
}

try {
  const { parsed } = await readPlanFile(path.basename(file), new Uint8Array(await readFile(file)));
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify(parsed, null, 2) + "\n");
  } else {
    const count = (sections: PlanSection[]): number => sections.reduce((n, s) => n + s.tasks.length + count(s.sections), 0);
    console.log(`《${parsed.title}》 ${parsed.period ? `${parsed.period.startYear}–${parsed.period.endYear}` : "期间未识别"}`);
    console.log(`部分 ${parsed.sections.length} · 任务 ${count(parsed.sections)} · 指标 ${parsed.indicators.length} · 警告 ${parsed.warnings.length}`);
    for (const w of parsed.warnings) console.log(`  第 ${w.line} 行：${w.message}`);
  }
} catch (err) {
  console.error(err instanceof UserFacingError ? err.message : `读取失败：${(err as Error).message}`);
  process.exit(1);
}
