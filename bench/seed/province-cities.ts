// The province's cities, each with a viewer account (districts per city: province-shape.ts).
import { Xoshiro128 } from "@/lib/simulation/xoshiro128";
import { isoTime } from "./copy";
import { cityCode } from "./province-shape";
import { inTenantTransaction, type ProvinceRun } from "./province-loader";

/** Adds the cities not there yet; returns every city's id by its number. */
export async function addCities(run: ProvinceRun): Promise<Map<number, string>> {
  const { client, summary } = run;
  const cityIds = new Map<number, string>();
  for (let c = 1; c <= summary.cities; c++) {
    const code = cityCode(c);
    const ids = new Xoshiro128(summary.seed, "ids", code);
    const id = ids.uuid();
    const present = run.existing.get(code);
    cityIds.set(c, present ?? id);
    if (present) continue;
    const name = `样例市${String(c).padStart(3, "0")}教育局`;
    const at = isoTime(run.setupAt + c * 60_000);
    await inTenantTransaction(client, id, async () => {
      await client.query("INSERT INTO tenants (id, code, name, kind, parent_id, created_at) VALUES ($1, $2, $3, 'city', NULL, $4)", [id, code, name, at]);
      const userId = ids.uuid();
      await client.query(
        `INSERT INTO users (id, username, display_name, password_hash, is_active, is_platform_admin, session_version, created_at, updated_at)
         VALUES ($1, $2, $3, $4, true, false, 1, $5, $5)`,
        [userId, `${code}.viewer`, `${name}（查看）`, run.passwordHash, at],
      );
      await client.query("INSERT INTO memberships (id, tenant_id, user_id, role, org_unit_id, created_at) VALUES ($1, $2, $3, 'city_viewer', NULL, $4)", [
        ids.uuid(),
        id,
        userId,
        at,
      ]);
    });
    summary.rows.tenants++;
    summary.rows.users++;
    summary.rows.memberships++;
  }
  return cityIds;
}
