// The one Prisma client of the app process. It connects with APP_DATABASE_URL
// (the non-owner app role) and refuses to serve tenant data through a role
// that would bypass row-level security.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(
  connectionString: string,
  poolMax = Number(process.env.DATABASE_POOL_MAX ?? 10),
  connectTimeoutMs = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
): PrismaClient {
  // Prisma 7 leaves pg's timeouts at "wait forever"; a stuck pool should fail fast instead.
  const adapter = new PrismaPg({
    connectionString,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000),
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { eduplanPrisma?: PrismaClient };

/** The app role's connection string: the Prisma client's, and the public cache's LISTEN connection's (lib/public). */
export function appDatabaseUrl(): string {
  const url = process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("APP_DATABASE_URL is not set: start EduPlan with `npm start`.");
  return url;
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.eduplanPrisma) globalForPrisma.eduplanPrisma = createPrismaClient(appDatabaseUrl());
  return globalForPrisma.eduplanPrisma;
}
