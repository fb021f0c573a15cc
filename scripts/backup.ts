// `npm run backup -- [--out <file>]`: one archive of the database and the
// evidence files (lib/backup). Works beside a running `npm start`: it connects
// to that server instead of starting the embedded one.
import { parseArgs } from "node:util";
import { openBackupSource } from "@/lib/backup/backup-source";
import { createBackup } from "@/lib/backup/create-backup";
import { runCommand } from "@/lib/cli/run-command";
import { LocalDiskStorage, legacyUploadDir } from "@/lib/files/storage";

const log = (line: string) => console.log(`[backup] ${line}`);
const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const outFile = values.out ?? `eduplan-backup-${stamp}.tar.gz`;

let stop = async () => {};
await runCommand("[backup] 备份", async () => {
  try {
    const source = await openBackupSource(process.env, log);
    stop = source.stop;
    log(`备份 ${source.description} …`);
    const manifest = await createBackup({ ownerUrl: source.ownerUrl, outFile, legacyStorage: new LocalDiskStorage(legacyUploadDir()), log });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const inDatabase = manifest.tables.find((t) => t.name === "attachments")?.rows ?? 0;
    // Files in PostgreSQL are rows of file_chunks; uploads are those an earlier version kept on disk.
    log(
      `完成：${outFile}（${manifest.tables.length} 张表 ${rows} 行，附件 ${inDatabase} 个，其中磁盘旧文件 ${manifest.uploads.length} 个，PostgreSQL ${manifest.postgres.version}）`,
    );
    if (manifest.missingUploads.length) log(`注意：${manifest.missingUploads.length} 个附件文件缺失，见上方警告。`);
  } finally {
    await stop();
  }
});
