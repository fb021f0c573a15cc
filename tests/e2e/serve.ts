// Playwright's web server: its own embedded PostgreSQL in a temporary
// directory (never the app's .data/), demo data, the production build, and
// `next start`. Removed again when Playwright stops it.
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "@/lib/cli/build";
import { runWebServer } from "@/lib/cli/web-server";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/runtime";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ensureCityCompareFixture } from "./city-fixtures";
import { E2E_FIXTURES_FILE } from "./fixtures-file";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = await mkdtemp(path.join(os.tmpdir(), "eduplan-e2e-"));

const db = await prepareDatabase({ dataDir, embeddedPort: await findFreePort(), log, databaseUrl: process.env.TEST_DATABASE_URL || undefined });
const owner = createPrismaClient(db.ownerUrl, 1);
await seedDemo(owner, log);
await ensureCityCompareFixture(owner);
const foreignUnit = await owner.orgUnit.findFirstOrThrow({ where: { tenant: { code: "xingqing" } }, orderBy: { name: "asc" } });
await mkdir(path.dirname(E2E_FIXTURES_FILE), { recursive: true });
await writeFile(E2E_FIXTURES_FILE, JSON.stringify({ xingqingUnitId: foreignUnit.id }));
await owner.$disconnect();

await ensureProductionBuild(log);
runWebServer({
  db,
  port,
  authSecret: db.secrets.authSecret,
  log,
  onStopped: () => rm(dataDir, { recursive: true, force: true }),
});
