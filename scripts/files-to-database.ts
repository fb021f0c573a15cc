// `npm run files:to-database`: evidence files kept on disk by versions before
// decision 0042 (EDUPLAN_UPLOAD_DIR) into PostgreSQL (lib/files/move-to-database.ts).
// Connects as `npm run backup` does: DATABASE_URL, else the embedded server.
import { openBackupSource } from "@/lib/backup/backup-source";
import { runCommand } from "@/lib/cli/run-command";
import { moveFilesToDatabase } from "@/lib/files/move-to-database";
import { LocalDiskStorage, legacyUploadDir } from "@/lib/files/storage";

const log = (line: string) => console.log(`[files] ${line}`);

let stop = async () => {};
await runCommand("[files] 附件迁入数据库", async () => {
  try {
    const source = await openBackupSource(process.env, log);
    stop = source.stop;
    const { moved, missing } = await moveFilesToDatabase(source.ownerUrl, new LocalDiskStorage(legacyUploadDir()));
    log(`已将 ${moved} 个附件从 ${legacyUploadDir()} 迁入数据库`);
    if (missing.length)
      log(`注意：${missing.length} 个附件在本机磁盘上找不到（可能在另一台服务器的 EDUPLAN_UPLOAD_DIR 中，请在那里再运行一次）：${missing.join("、")}`);
  } finally {
    await stop();
  }
});
