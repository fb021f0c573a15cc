// Runs before each integration test file: a fresh database copied from the
// migrated + seeded template, the app connecting as the non-owner app role,
// and Next's request APIs replaced by test doubles (the session cookie is the
// only thing faked; user lookup, permissions and RLS are real).
import { randomBytes } from "node:crypto";
import { afterAll, inject, vi } from "vitest";
import { APP_ROLE, dropDatabase, ensureDatabase, withCredentials, withDatabase } from "@/lib/db/provision";
import { testCookies } from "@/tests/support/request-context";

vi.mock("next/headers", () => ({
  cookies: async () => testCookies,
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/token", async () => {
  const ctx = await import("@/tests/support/request-context");
  return { readSessionToken: async () => ctx.currentToken() };
});

const adminUrl = inject("adminUrl");
const database = `eduplan_t_${randomBytes(5).toString("hex")}`;
await ensureDatabase(adminUrl, database, inject("templateDb"));
const ownerUrl = withDatabase(adminUrl, database);
process.env.TEST_OWNER_DATABASE_URL = ownerUrl;
process.env.APP_DATABASE_URL = withCredentials(ownerUrl, APP_ROLE, inject("appRolePassword"));
delete (globalThis as { eduplanPrisma?: unknown }).eduplanPrisma;

afterAll(async () => {
  const client = (globalThis as { eduplanPrisma?: { $disconnect(): Promise<void> } }).eduplanPrisma;
  await client?.$disconnect();
  await dropDatabase(adminUrl, database);
});
