// `npm run db:migration:new -- <name>`: writes prisma/migrations/<ts>_<name>/migration.sql
// with the SQL that takes the committed migrations to the current schema.prisma.
// The comparison replays the migrations into a scratch database that is dropped afterwards.
import { randomBytes } from "node:crypto";
import { diffMigrationsToSchema, ensureMigrationLock, writeMigration } from "@/lib/db/migrations";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { withScratchServer } from "./scratch-server";

const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!name) {
  console.error("用法：npm run db:migration:new -- <迁移名称>");
  process.exit(2);
}

await ensureMigrationLock();
await withScratchServer(async (adminUrl) => {
  const scratch = `eduplan_scratch_${randomBytes(4).toString("hex")}`;
  await ensureDatabase(adminUrl, scratch);
  try {
    const sql = await diffMigrationsToSchema(withDatabase(adminUrl, scratch));
    if (!sql) {
      console.log("schema.prisma 与现有迁移一致，无需新迁移。");
      return;
    }
    const dir = await writeMigration(name, sql);
    console.log(`已生成 prisma/migrations/${dir}/migration.sql — 请检查（例如为新的租户表补上 RLS 策略）后提交。`);
  } finally {
    await dropDatabase(adminUrl, scratch);
  }
});
