// What the public cache calls on a miss: the bureau by its code through the
// public path (readPublishedTenant: read-only, no user), then the snapshot.
// Every answer carries the bureau's id, so a NOTIFY naming it can drop it; an
// unknown code is an answer too (null), cached for the TTL like any other.
import "server-only";
import { readPublishedTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { readBureauSnapshot } from "./read-bureau-snapshot";
import { readPlanSnapshot } from "./read-plan-snapshot";
import type { PublicBureauSnapshot, PublicPlanSnapshot } from "./types";

export interface Loaded<T> {
  /** The bureau the answer belongs to; null for an unknown code. */
  tenantId: string | null;
  value: T | null;
}

export interface SnapshotLoaders {
  bureau(code: string): Promise<Loaded<PublicBureauSnapshot>>;
  plan(code: string, planId: string): Promise<Loaded<PublicPlanSnapshot>>;
}

async function load<T>(code: string, read: Parameters<typeof readPublishedTenant<T | null>>[1]): Promise<Loaded<T>> {
  try {
    return await readPublishedTenant(code, async (tx, tenant) => ({ tenantId: tenant.id, value: await read(tx, tenant) }));
  } catch (err) {
    if (err instanceof NotFoundError) return { tenantId: null, value: null };
    throw err;
  }
}

export const SNAPSHOT_LOADERS: SnapshotLoaders = {
  bureau: (code) => load(code, (tx, tenant) => readBureauSnapshot(tx, tenant)),
  plan: (code, planId) => load(code, (tx, tenant) => readPlanSnapshot(tx, tenant, planId)),
};
