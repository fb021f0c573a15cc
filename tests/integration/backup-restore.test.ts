// Backup and restore end to end on real PostgreSQL: a backup taken while the
// app writes, restored into an empty database and into a fresh embedded data
// directory, must give back every table row for row (count and checksum), the
// evidence bytes (files in PostgreSQL, read back chunk by chunk as the app
// does, and a file an earlier version kept on disk), and a working app role,
// RLS and job queue; a non-empty target is refused and left as it was.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { extractArchive } from "@/lib/backup/archive";
import { createBackup } from "@/lib/backup/create-backup";
import { loadDatabase } from "@/lib/backup/load-database";
import { restoreBackup } from "@/lib/backup/restore-backup";
import type { BackupManifest } from "@/lib/backup/manifest";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { APP_ROLE, dropDatabase, ensureDatabase, withCredentials, withDatabase } from "@/lib/db/provision";
import { PrismaPg } from "@prisma/adapter-pg";
import { CHUNK_BYTES } from "@/lib/files/database-storage";
import { moveFilesToDatabase } from "@/lib/files/move-to-database";
import { getFileStorage, LocalDiskStorage } from "@/lib/files/storage";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { QUEUES } from "@/lib/jobs/queue";
import { uploadAttachmentAction } from "@/lib/reports/actions";
import { ownerDb, signInAs, tenantIdOf, withRawClient } from "@/tests/support/db";
import { openPeriodFor, reporterSlots } from "@/tests/support/reporting";

const work = await mkdtemp(path.join(os.tmpdir(), "eduplan-backup-it-"));
// As root, the embedded server runs as `postgres`, which must be able to reach the restored data directory.
await chmod(work, 0o755);
process.env.EDUPLAN_UPLOAD_DIR = path.join(work, "source-uploads");
const sourceUrl = process.env.TEST_OWNER_DATABASE_URL!;
const adminUrl = inject("adminUrl");
const restoredDb = `eduplan_restored_${randomUUID().slice(0, 8)}`;
const restoredUrl = withDatabase(adminUrl, restoredDb);
const archive = path.join(work, "backup.tar.gz");
// Three chunks in file_chunks (the last one short), so their order is tested too.
const evidence = pdfOfSize(2 * CHUNK_BYTES + 1000);
/** A file stored on disk by a version before files moved into PostgreSQL (decision 0042). */
const legacyEvidence = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n% 旧版本的附件\n%%EOF\n");

function pdfOfSize(bytes: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (i * 7919 + (i >> 8)) % 251;
  out.set(new TextEncoder().encode("%PDF-1.7\n"), 0);
  out.set(new TextEncoder().encode("\n%%EOF\n"), bytes - 7);
  return out;
}

/** The file as the app reads it from `url`: the app role, scoped to the tenant, through the database storage. */
async function readAsApp(url: string, key: string): Promise<Uint8Array | null> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: withCredentials(url, APP_ROLE, inject("appRolePassword")), max: 1 }) });
  try {
    return await client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${key.split("/")[0]!}, true)`;
      return getFileStorage().get(tx, key);
    });
  } finally {
    await client.$disconnect();
  }
}

type Fingerprints = Record<string, { rows: number; md5: string }>;

/** Row count and an order-independent checksum of every table the app owns. */
async function fingerprints(url: string): Promise<Fingerprints> {
  return withRawClient(url, async (c) => {
    const { rows: tables } = await c.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
    );
    const out: Fingerprints = {};
    for (const { name } of tables) {
      const { rows } = await c.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM public."${name}" t`,
      );
      out[name] = rows[0]!;
    }
    return out;
  });
}

let before: Fingerprints;
let manifest: BackupManifest;
let storageKey: string;
let legacyKey: string;

beforeAll(async () => {
  await openPeriodFor("jinfeng", /教育工作要点/);
  const slot = (await reporterSlots("jinfeng"))[0]!;
  await signInAs("jinfeng.reporter");
  const form = new FormData();
  form.set("slotId", slot.id);
  form.set("file", new File([evidence], "备份测试.pdf", { type: "application/pdf" }));
  expect(await uploadAttachmentAction(form)).toMatchObject({ ok: true });
  const stored = await ownerDb().attachment.findFirstOrThrow({ where: { fileName: "备份测试.pdf" } });
  storageKey = stored.storageKey;
  // An attachment from before 0042: its row points to a file under EDUPLAN_UPLOAD_DIR, no chunks.
  legacyKey = `${stored.tenantId}/${randomUUID()}`;
  await new LocalDiskStorage(process.env.EDUPLAN_UPLOAD_DIR!).put(legacyKey, legacyEvidence);
  await ownerDb().attachment.create({
    data: {
      tenantId: stored.tenantId,
      reportId: stored.reportId,
      fileName: "旧附件.pdf",
      contentType: "application/pdf",
      sizeBytes: legacyEvidence.byteLength,
      sha256: "0".repeat(64),
      storageKey: legacyKey,
    },
  });
  expect(await readAsApp(sourceUrl, storageKey)).toEqual(evidence);
  expect(await readAsApp(sourceUrl, legacyKey)).toEqual(legacyEvidence);
});

afterAll(async () => {
  await dropDatabase(adminUrl, restoredDb);
  await rm(work, { recursive: true, force: true });
});

describe("backup", () => {
  it("captures one instant: a write made while it copies is in neither the archive nor the restore", async () => {
    before = await fingerprints(sourceUrl);
    let wrote = false;
    manifest = await createBackup({
      ownerUrl: sourceUrl,
      outFile: archive,
      legacyStorage: new LocalDiskStorage(process.env.EDUPLAN_UPLOAD_DIR!),
      onTableCopied: async () => {
        if (wrote) return;
        wrote = true;
        // After the first table, before audit_events (which references tenants) is copied.
        await ownerDb().auditEvent.create({ data: { tenantId: await tenantIdOf("jinfeng"), action: "concurrent.write", entityType: "test" } });
      },
    });
    expect((await fingerprints(sourceUrl)).audit_events!.rows).toBe(before.audit_events!.rows + 1);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))).toEqual(Object.fromEntries(Object.entries(before).map(([n, f]) => [n, f.rows])));
    expect(manifest.tables.findIndex((t) => t.name === "tenants")).toBeLessThan(manifest.tables.findIndex((t) => t.name === "audit_events"));
    // The file in PostgreSQL came with the table copy; only the one on disk was staged.
    expect(manifest.tables.find((t) => t.name === "file_chunks")!.rows).toBe(3);
    expect(manifest.uploads.map((u) => u.key)).toEqual([legacyKey]);
    expect(manifest.migrations.length).toBeGreaterThan(0);
    expect(manifest.postgres.versionNum).toBeGreaterThanOrEqual(150000);
  });
});

describe("restore", () => {
  it("into an empty database: every table row for row, the evidence bytes, RLS, grants, functions and the job queue", async () => {
    await ensureDatabase(adminUrl, restoredDb);
    const uploadDir = path.join(work, "restored-uploads");
    await restoreBackup({
      file: archive,
      target: { kind: "external", databaseUrl: restoredUrl, dataDir: path.join(work, "external-data"), uploadDir },
      appRolePassword: inject("appRolePassword"),
    });
    expect(await fingerprints(restoredUrl)).toEqual(before);
    expect(await readAsApp(restoredUrl, storageKey)).toEqual(evidence);
    expect(new Uint8Array(await readFile(path.join(uploadDir, legacyKey)))).toEqual(legacyEvidence);

    const jinfeng = await tenantIdOf("jinfeng");
    const app = withCredentials(restoredUrl, APP_ROLE, inject("appRolePassword"));
    await withRawClient(app, async (c) => {
      // Forced RLS came back: nothing without a tenant, exactly the tenant's rows with one.
      expect((await c.query("SELECT count(*)::int AS n FROM tasks")).rows[0].n).toBe(0);
      await c.query("SELECT set_config('app.tenant_id', $1, false)", [jinfeng]);
      const expected = await ownerDb().task.count({ where: { tenantId: jinfeng } });
      expect((await c.query("SELECT count(*)::int AS n FROM tasks")).rows[0].n).toBe(expected);
      // Grants came back: history stays append-only for the app.
      await expect(c.query("UPDATE audit_events SET action = action")).rejects.toMatchObject({ code: "42501" });
      // The sign-in function came back.
      const { userId } = await signInAs("jinfeng.admin");
      expect((await c.query("SELECT * FROM session_memberships($1)", [userId])).rowCount).toBe(1);
      // pg-boss's schema and queues are in place for the worker.
      // Its own cron queue too, which the app-role worker cannot create: without it no schedule fires.
      const queues = (await c.query<{ name: string }>("SELECT name FROM pgboss.queue")).rows.map((r) => r.name).sort();
      expect(queues).toEqual([...Object.values(QUEUES), "__pgboss__send-it"].sort());
    });
    const migrations = await withRawClient(restoredUrl, (c) => c.query("SELECT migration_name FROM _prisma_migrations ORDER BY 1"));
    expect(migrations.rows.map((r) => r.migration_name)).toEqual(manifest.migrations);
  });

  it("into a fresh embedded data directory that starts with the same data; a backup then connects to that running server", async () => {
    const dataDir = path.join(work, "embedded-data");
    const uploadDir = path.join(work, "embedded-uploads");
    await restoreBackup({ file: archive, target: { kind: "embedded", dataDir, uploadDir } });
    const secrets = JSON.parse(await readFile(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string };
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), password: secrets.postgresPassword });
    try {
      expect(await fingerprints(server.urlFor("eduplan"))).toEqual(before);
      expect(new Uint8Array(await readFile(path.join(uploadDir, legacyKey)))).toEqual(legacyEvidence);

      // `npm run backup` beside a running server: it reads the port from postmaster.pid instead of starting another.
      // `npm run restore` into that same, non-empty directory: refused, exit code 1, nothing touched.
      const env = { ...process.env, EDUPLAN_DATA_DIR: dataDir, EDUPLAN_UPLOAD_DIR: uploadDir, DATABASE_URL: "" };
      const second = path.join(work, "second.tar.gz");
      const listing = await readdir(path.join(dataDir, "pg"));
      const [backup, refused] = await Promise.all([
        cli("backup.ts", ["--out", second], env),
        cli("restore.ts", [archive], env).catch((err: { code: number; stderr: string }) => err),
      ]);
      expect(backup.stdout).toContain("连接正在运行的嵌入式数据库");
      expect(backup.stdout).toContain("附件 2 个，其中磁盘旧文件 1 个");
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("恢复只能写入空的数据目录") });
      expect(await readdir(path.join(dataDir, "pg"))).toEqual(listing);
    } finally {
      await server.stop();
    }
  });

  it("loads every row or none: a table that does not match its manifest rolls the whole load back", async () => {
    const unpacked = await mkdtemp(path.join(work, "unpacked-"));
    const tampered = await extractArchive(archive, unpacked);
    tampered.tables.find((t) => t.name === "tasks")!.rows += 1;
    // A migrated database that already has rows: the load empties every table first, so a rollback must bring them all back.
    const partial = `eduplan_partial_${randomUUID().slice(0, 8)}`;
    await ensureDatabase(adminUrl, partial, inject("templateDb"));
    try {
      const url = withDatabase(adminUrl, partial);
      const rows = await fingerprints(url);
      await expect(loadDatabase(url, unpacked, tampered)).rejects.toThrow(
        `恢复 tasks 时行数不符（备份 ${before.tasks!.rows + 1} 行，写入 ${before.tasks!.rows} 行），已回滚。`,
      );
      expect(await fingerprints(url)).toEqual(rows);
    } finally {
      await dropDatabase(adminUrl, partial);
    }
  });

  it("refuses a database that has tables, or an upload folder that has files, and changes nothing", async () => {
    const target = { kind: "external" as const, databaseUrl: sourceUrl, dataDir: path.join(work, "refused"), uploadDir: path.join(work, "refused-uploads") };
    await expect(restoreBackup({ file: archive, target })).rejects.toThrow(/恢复只能写入空数据库：eduplan_t_\w+ 中已有 \d+ 张表/);
    const empty = `eduplan_empty_${randomUUID().slice(0, 8)}`;
    await ensureDatabase(adminUrl, empty);
    try {
      const uploadsInUse = { ...target, databaseUrl: withDatabase(adminUrl, empty), uploadDir: process.env.EDUPLAN_UPLOAD_DIR! };
      await expect(restoreBackup({ file: archive, target: uploadsInUse })).rejects.toThrow(/恢复只能写入空的附件目录/);
      expect(await fingerprints(withDatabase(adminUrl, empty))).toEqual({});
    } finally {
      await dropDatabase(adminUrl, empty);
    }
    const now = await fingerprints(sourceUrl);
    expect(now.tasks).toEqual(before.tasks);
    expect(now.audit_events!.rows).toBe(before.audit_events!.rows + 1);
  });
});

describe("files:to-database", () => {
  it("moves a file an earlier version kept on disk into PostgreSQL, where the app reads it; a second run finds nothing to move", async () => {
    const disk = new LocalDiskStorage(process.env.EDUPLAN_UPLOAD_DIR!);
    expect(await moveFilesToDatabase(sourceUrl, disk)).toEqual({ moved: 1, missing: [] });
    const row = await ownerDb().attachment.findFirstOrThrow({ where: { fileName: "旧附件.pdf" } });
    expect(row.storageKey).toBe(`${row.tenantId}/${row.id}`);
    expect(await readAsApp(sourceUrl, row.storageKey)).toEqual(legacyEvidence);
    expect(await disk.get(legacyKey)).toBeNull();
    expect(await moveFilesToDatabase(sourceUrl, disk)).toEqual({ moved: 0, missing: [] });
  });
});

const run = promisify(execFile);
function cli(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return run(process.execPath, ["--import", "tsx", "--conditions=react-server", `scripts/${script}`, ...args], { env, timeout: 60_000 });
}
