// A PostgreSQL to scribble on: DATABASE_URL's server when set (a scratch
// database is created there), otherwise a throwaway embedded server.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { withDatabase } from "@/lib/db/provision";

export async function withScratchServer<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return fn(withDatabase(process.env.DATABASE_URL, "postgres"));
  const dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-scratch-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await findFreePort(), password: "scratch" });
  try {
    return await fn(server.adminUrl);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
