// The one Prisma client of the app process. It connects with APP_DATABASE_URL
// (the non-owner app role) and refuses to serve tenant data through a role
// that would bypass row-level security.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { OneConnectionPool } from "./one-connection";
import { poolSize } from "./pool-size";
import { preparedStatementsEnabled, statementNamer } from "./prepared-statements";
import { QueriesInTurnClient } from "./queries-in-turn";

export type Db = PrismaClient;

export function createPrismaClient(
  connectionString: string,
  poolMax = poolSize(),
  connectTimeoutMs = Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
  { preparedStatements = preparedStatementsEnabled() }: { preparedStatements?: boolean } = {},
): PrismaClient {
  // Prisma 7 leaves pg's timeouts at "wait forever"; a stuck pool should fail fast instead.
  // No statement_timeout here: pg would send it as a startup parameter, which PgBouncer in
  // transaction mode refuses; the scope statement and the app role's default set it (decision 0041).
  const pool = new OneConnectionPool({
    connectionString,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // A transaction's queries in turn, not overlapping on its connection (queries-in-turn.ts).
    Client: QueriesInTurnClient,
  });
  const adapter = new PrismaPg(pool, {
    // The pool is ours but the client's to close: $disconnect ends it.
    disposeExternalPool: true,
    // The adapter's type wants a name for every query; pg sends an undefined one unnamed (the cap's overflow).
    ...(preparedStatements ? { statementNameGenerator: statementNamer() as (query: { sql: string; args: unknown[] }) => string } : {}),
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { eduplanPrisma?: PrismaClient };

/** The app role's connection string: the Prisma client's and the job queue's (both transaction-pool safe, decision 0041). */
export function appDatabaseUrl(): string {
  const url = process.env.APP_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("APP_DATABASE_URL is not set: start EduPlan with `npm start`.");
  return url;
}

/**
 * A session (direct) connection for what cannot share a transaction-pooled
 * one: the public cache's LISTEN. DATABASE_DIRECT_URL when the app URL goes
 * through PgBouncer in transaction mode (decision 0041), else the app URL.
 */
export function directDatabaseUrl(): string {
  return process.env.DATABASE_DIRECT_URL || appDatabaseUrl();
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.eduplanPrisma) globalForPrisma.eduplanPrisma = createPrismaClient(appDatabaseUrl());
  return globalForPrisma.eduplanPrisma;
}
