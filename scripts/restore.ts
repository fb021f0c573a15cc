// `npm run restore -- <file>`: restores a backup into an EMPTY target: the
// embedded data directory (EDUPLAN_DATA_DIR) or the database DATABASE_URL
// names, plus EDUPLAN_UPLOAD_DIR. A non-empty target is refused unchanged.
import { restoreBackup } from "@/lib/backup/restore-backup";
import { restoreTargetFromEnv } from "@/lib/backup/restore-target";
import { runCommand } from "@/lib/cli/run-command";

const log = (line: string) => console.log(`[restore] ${line}`);
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) {
  console.error("用法：npm run restore -- <备份文件.tar.gz>（写入空的 EDUPLAN_DATA_DIR，或 DATABASE_URL 指定的空数据库）");
  process.exit(2);
}

const target = restoreTargetFromEnv(process.env);
await runCommand("[restore] 恢复", async () => {
  const manifest = await restoreBackup({ file, target, log });
  const where = target.kind === "embedded" ? `数据目录 ${target.dataDir}` : `数据库 ${new URL(target.databaseUrl).pathname.slice(1)}`;
  log(`完成：已恢复到${where}，附件 ${manifest.uploads.length} 个写入 ${target.uploadDir}。运行 npm start 即可使用。`);
});
