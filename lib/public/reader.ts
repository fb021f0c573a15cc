// The process's one public reader (one LISTEN connection per server process,
// on the direct URL: LISTEN needs a session, decision 0041), started on the
// first public request. Kept on globalThis so that the
// bundles of several pages, and development reloads, share it.
import "server-only";
import { directDatabaseUrl } from "@/lib/db/client";
import { SNAPSHOT_LOADERS } from "./load-snapshots";
import { createPublicReader, type PublicReader } from "./public-reader";

const holder = globalThis as unknown as { eduplanPublicReader?: PublicReader };

export function publicReader(): PublicReader {
  holder.eduplanPublicReader ??= createPublicReader({ databaseUrl: directDatabaseUrl(), loaders: SNAPSHOT_LOADERS });
  return holder.eduplanPublicReader;
}
