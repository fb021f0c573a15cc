// One PostgreSQL for the integration run: a throwaway embedded server (or the
// server named by TEST_DATABASE_URL), with a template database migrated and
// seeded once. Every test file then gets its own copy of the template.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrations";
import { APP_ROLE, dropDatabase, ensureAppRole, ensureDatabase, withDatabase } from "@/lib/db/provision";
import { installJobQueue } from "@/lib/jobs/queue";
import { seedTemplate } from "./seed-template";

export const TEMPLATE_DB = "eduplan_test_template";
export const APP_ROLE_PASSWORD = "test-app-role";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    appRolePassword: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl: string;
  let teardown: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = withDatabase(process.env.TEST_DATABASE_URL, "postgres");
    teardown = async () => dropDatabase(adminUrl, TEMPLATE_DB);
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "eduplan-it-"));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await findFreePort(), password: "test" });
    adminUrl = server.adminUrl;
    teardown = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  await dropDatabase(adminUrl, TEMPLATE_DB);
  await ensureDatabase(adminUrl, TEMPLATE_DB);
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  await applyMigrations(templateUrl);
  await ensureAppRole(templateUrl, APP_ROLE_PASSWORD);
  await installJobQueue(templateUrl, APP_ROLE);
  await seedTemplate(templateUrl);
  project.provide("adminUrl", adminUrl);
  project.provide("templateDb", TEMPLATE_DB);
  project.provide("appRolePassword", APP_ROLE_PASSWORD);
  return teardown;
}
