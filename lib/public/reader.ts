// The process's one public reader (one LISTEN connection per server process),
// started on the first public request. Kept on globalThis so that the
// bundles of several pages, and development reloads, share it.
import "server-only";
import { appDatabaseUrl } from "@/lib/db/client";
import { SNAPSHOT_LOADERS } from "./load-snapshots";
import { createPublicReader, type PublicReader } from "./public-reader";

const holder = globalThis as unknown as { eduplanPublicReader?: PublicReader };

export function publicReader(): PublicReader {
  holder.eduplanPublicReader ??= createPublicReader({ databaseUrl: appDatabaseUrl(), loaders: SNAPSHOT_LOADERS });
  return holder.eduplanPublicReader;
}
