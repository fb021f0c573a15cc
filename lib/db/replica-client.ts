// The second Prisma client: the standby named by DATABASE_REPLICA_URL, as the
// app role, checked like the primary's to be subject to row-level security.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./client";
import { poolSize } from "./pool-size";
import { replicaUrl } from "./replica-config";
import { assertRlsEnforced } from "./rls-guard";

const globalForReplica = globalThis as unknown as { eduplanReplica?: { url: string; client: PrismaClient } };

// A standby that does not answer should cost a read one second, not the primary's five, before it falls back.
const CONNECT_TIMEOUT_MS = 1_000;

/** The replica's client, or null when none is configured. */
export function getReplicaPrisma(): PrismaClient | null {
  const url = replicaUrl();
  if (!url) return null;
  if (globalForReplica.eduplanReplica?.url !== url) {
    void globalForReplica.eduplanReplica?.client.$disconnect();
    const client = createPrismaClient(url, poolSize(), CONNECT_TIMEOUT_MS);
    globalForReplica.eduplanReplica = { url, client };
  }
  return globalForReplica.eduplanReplica.client;
}

/** The replica's client after its RLS check (once per process, as appClient). */
export async function replicaClient(): Promise<PrismaClient | null> {
  const client = getReplicaPrisma();
  if (client) await assertRlsEnforced(client);
  return client;
}
