import "server-only";
import { appClient } from "@/lib/db/tenant-scope";

/** The tenant directory is global (no tenant data): cities first, each followed by its districts, then bureaus under no city. */
export async function listTenantsForPlatform() {
  const client = await appClient();
  const tenants = await client.tenant.findMany({ orderBy: { code: "asc" } });
  const cities = tenants.filter((t) => t.kind === "city");
  const placed = cities.flatMap((city) => [city, ...tenants.filter((t) => t.parentId === city.id)]);
  return [...placed, ...tenants.filter((t) => !placed.includes(t))];
}
