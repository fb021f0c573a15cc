// How many connections each of the app's Prisma clients may hold (decision 0060).
// Prisma's pg adapter leaves the pool to pg, whose default is 10 whatever the
// machine; PostgreSQL serves a CPU-bound load fastest with about two active
// connections per core, and more only queue inside it, switching and
// contending. So the default is Prisma's own pre-adapter formula, cores × 2 + 1
// (5 on the benchmark's 2 cores). DATABASE_POOL_MAX overrides it: the cores
// that matter are the database server's, which the app cannot see.
import { availableParallelism } from "node:os";

export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, cores) * 2 + 1;
}

/** DATABASE_POOL_MAX, or the default when it is unset; a setting that is not a positive whole number is an error, not a silent default. */
export function poolSize(env: Partial<Record<string, string>> = process.env, cores?: number): number {
  const setting = env.DATABASE_POOL_MAX?.trim();
  if (!setting) return defaultPoolSize(cores);
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1) throw new Error(`DATABASE_POOL_MAX 应为正整数（每个进程的数据库连接数），现为「${setting}」`);
  return value;
}
