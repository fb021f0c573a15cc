// Playwright's web server: its own embedded PostgreSQL in a temporary
// directory (never the app's .data/), demo data, the production build, and
// `next start`. Removed again when Playwright stops it. With E2E_PORT_2 a
// second `next start` serves the same database there (two-instances.spec.ts);
// it is started first, so it is ready when Playwright sees the first one.
// With E2E_PORT_LB too, haproxy balances the two round robin on that port
// (balancer.spec.ts); each instance then has its own EDUPLAN_UPLOAD_DIR, so
// nothing on disk is shared between them (files live in PostgreSQL, decision 0042).
// A real OpenID provider runs beside them on loopback and both are configured
// for single sign-on through it (sso.spec.ts).
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureProductionBuild } from "@/scripts/build";
import { ensureDebianBinary, HAPROXY } from "@/lib/ops/debian-binary";
import { startHaproxy, type Balancer } from "@/tests/support/haproxy";
import { startRobotReceiver } from "@/tests/support/robot-receiver";
import { ensureBalancerRobot } from "./balancer-fixtures";
import { runWebServer, type WebServerHandle } from "@/scripts/web-server";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/runtime";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { startTestOidcProvider } from "@/tests/support/oidc-provider";
import { BUREAUS } from "./bureaus";
import { ensureCityCompareFixture } from "./city-fixtures";
import { ensureGroupFixtures } from "./group-fixtures";
import { E2E_FIXTURES_FILE } from "./fixtures-file";
import { ensureReportOnceFixture } from "./report-once-fixtures";
import { ensureThreadFixture } from "./thread-fixtures";
import { ensureUnitMergeFixture } from "./unit-fixtures";
import { buildBureau } from "./world";

const log = (line: string) => console.log(`[e2e-server] ${line}`);
const port = Number(process.env.E2E_PORT ?? 3210);
const port2 = process.env.E2E_PORT_2 ? Number(process.env.E2E_PORT_2) : null;
const portLb = port2 !== null && process.env.E2E_PORT_LB ? Number(process.env.E2E_PORT_LB) : null;
const dataDir = await mkdtemp(path.join(os.tmpdir(), "eduplan-e2e-"));

const db = await prepareDatabase({ dataDir, embeddedPort: await findFreePort(), log, databaseUrl: process.env.TEST_DATABASE_URL || undefined });
const owner = createPrismaClient(db.ownerUrl, 1);
await seedDemo(owner, log);
await ensureCityCompareFixture(owner);
await ensureGroupFixtures(owner);
// The specs' own bureaus (world.ts; add one in bureaus.ts).
for (const bureau of BUREAUS) await buildBureau(owner, bureau);
await ensureReportOnceFixture(owner);
await ensureThreadFixture(owner);
const foreignUnit = await owner.orgUnit.findFirstOrThrow({ where: { tenant: { code: "xingqing" } }, orderBy: { name: "asc" } });
await mkdir(path.dirname(E2E_FIXTURES_FILE), { recursive: true });
await ensureUnitMergeFixture(owner);
// The balancer world's group robot: what the job worker delivers there is recorded here.
const robotReceiver = await startRobotReceiver(() => ({ status: 200 }));
await ensureBalancerRobot(owner, robotReceiver.base);
await owner.$disconnect();
const haproxy = portLb === null ? undefined : ensureDebianBinary(HAPROXY, log);
const uploadDirs = { a: path.join(dataDir, "uploads-a"), b: path.join(dataDir, "uploads-b") };

const origins = [port, ...(port2 === null ? [] : [port2])].map((p) => `http://localhost:${p}`);
const oidc = await startTestOidcProvider({ redirectUris: origins.map((origin) => `${origin}/api/auth/callback/oidc`) });
// Inherited by the web processes (scripts/web-process.ts passes its environment on).
process.env.EDUPLAN_OIDC_ISSUER = oidc.issuer;
process.env.EDUPLAN_OIDC_CLIENT_ID = oidc.clientId;
process.env.EDUPLAN_OIDC_CLIENT_SECRET = oidc.clientSecret;
// A transaction that asks the pool for a second connection fails the page, as in the other tests (decision 0061).
process.env.EDUPLAN_STRICT_CONNECTIONS = "1";

await writeFile(
  E2E_FIXTURES_FILE,
  JSON.stringify({
    xingqingUnitId: foreignUnit.id,
    secondOrigin: port2 === null ? null : `http://localhost:${port2}`,
    balancer: portLb === null ? null : { origin: haproxy ? `http://localhost:${portLb}` : null, uploadDirs: Object.values(uploadDirs) },
    ownerUrl: db.ownerUrl,
    oidcIssuer: oidc.issuer,
  }),
);

await ensureProductionBuild(log);
const second =
  port2 === null
    ? null
    : await new Promise<WebServerHandle>((resolve) => {
        const env = { EDUPLAN_UPLOAD_DIR: uploadDirs.b };
        const handle = runWebServer({ db, port: port2, authSecret: db.secrets.authSecret, log, ownsProcess: false, env, onReady: () => resolve(handle) });
      });
// Up before the first instance, which Playwright waits for: the balancer is there when a spec starts.
const balancer: Balancer | undefined =
  haproxy && portLb !== null && port2 !== null
    ? await startHaproxy({
        binary: haproxy,
        port: portLb,
        servers: [
          { name: "a", port },
          { name: "b", port: port2 },
        ],
        log,
      })
    : undefined;
runWebServer({
  db,
  port,
  authSecret: db.secrets.authSecret,
  log,
  env: { EDUPLAN_UPLOAD_DIR: uploadDirs.a },
  onStopped: async () => {
    await balancer?.stop();
    await robotReceiver.close();
    await second?.stop();
    await oidc.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
});
