// Readiness follows the database: a real PostgreSQL of its own, stopped
// mid-test. Liveness does not depend on it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/v1/health/route";
import { GET as ready } from "@/app/api/v1/ready/route";
import { createPrismaClient } from "@/lib/db/client";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { withAppClient } from "@/tests/support/db";

const dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-ready-"));

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("/api/v1/ready", () => {
  it("answers 200 while the database answers, 503 with the reason once it is stopped; /api/v1/health stays 200", async () => {
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await findFreePort(), password: "ready-test" });
    await withAppClient(createPrismaClient(server.adminUrl, 2), async () => {
      try {
        const up = await ready();
        expect(up.status).toBe(200);
        expect(await up.json()).toEqual({ ok: true });
      } finally {
        await server.stop();
      }
      const down = await ready();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ ok: false, error: "无法连接数据库" });
      expect(down.headers.get("cache-control")).toBe("no-store");
      expect((await health()).status).toBe(200);
    });
  });
});
