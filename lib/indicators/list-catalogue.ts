// The catalogue is global (no tenant): bureaus read it inside their scoped
// transaction, the platform admin through the app client.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

type Reader = Pick<Tx, "indicatorDefinition">;

/** Every definition with its full version history, newest version first. */
export async function listCatalogue(db: Reader) {
  return db.indicatorDefinition.findMany({
    orderBy: { code: "asc" },
    include: { versions: { orderBy: { version: "desc" } } },
  });
}

export type CatalogueDefinition = Awaited<ReturnType<typeof listCatalogue>>[number];

/** Just what a picker needs. */
export async function listCatalogueOptions(db: Reader) {
  return db.indicatorDefinition.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true, unit: true } });
}
