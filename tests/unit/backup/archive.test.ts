// The archive is checked entry by entry before a restore writes anything.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractArchive, writeArchive } from "@/lib/backup/archive";
import { hashFile } from "@/lib/backup/hash-file";
import type { BackupManifest } from "@/lib/backup/manifest";

const work = await mkdtemp(path.join(os.tmpdir(), "eduplan-archive-"));
afterAll(() => rm(work, { recursive: true, force: true }));

async function archiveWith(content: string, recorded: string): Promise<string> {
  const stage = await mkdtemp(path.join(work, "stage-"));
  await mkdir(path.join(stage, "db"));
  await writeFile(path.join(stage, "db/000-tenants.copy"), recorded);
  const manifest: BackupManifest = {
    format: "eduplan-backup",
    formatVersion: 1,
    method: "logical-copy",
    createdAt: new Date().toISOString(),
    app: { version: "0.1.0" },
    postgres: { version: "18.4", versionNum: 180004 },
    migrations: ["1_init"],
    tables: [{ name: "tenants", columns: ["id", "code"], rows: 1, file: "db/000-tenants.copy", ...(await hashFile(path.join(stage, "db/000-tenants.copy"))) }],
    sequences: [],
    uploads: [],
    missingUploads: [],
  };
  await writeFile(path.join(stage, "manifest.json"), JSON.stringify(manifest));
  await writeFile(path.join(stage, "db/000-tenants.copy"), content);
  const out = path.join(work, `${path.basename(stage)}.tar.gz`);
  await writeArchive(stage, manifest, out);
  return out;
}

describe("backup archive", () => {
  it("round-trips its manifest and entries", async () => {
    const file = await archiveWith("a\tjinfeng\n", "a\tjinfeng\n");
    const manifest = await extractArchive(file, await mkdtemp(path.join(work, "x-")));
    expect(manifest.tables[0]).toMatchObject({ name: "tenants", rows: 1, bytes: 10 });
  });

  it("refuses an archive whose entry differs from its manifest", async () => {
    const file = await archiveWith("a\tjinfeng\nb\tevil\n", "a\tjinfeng\n");
    await expect(extractArchive(file, await mkdtemp(path.join(work, "x-")))).rejects.toThrow("备份文件已损坏：db/000-tenants.copy 的内容与清单不符");
  });
});
