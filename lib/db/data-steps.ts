// Data steps: work a migration needs done in TypeScript, run once, right after
// that migration is applied (applyMigrations calls runDataSteps with the names
// it has just applied, so a database migrated at any later time gets the step
// too, and one already past it never reruns it). Each step is idempotent.
// They connect as the owner, which row-level security may still bind (FORCE):
// a step sets app.tenant_id for each tenant in turn, like the app does.
import type pg from "pg";
import { guessUnitKind } from "@/lib/units/classify-unit";
import { withPgClient } from "./provision";

type DataStep = (client: pg.Client) => Promise<void>;

/**
 * 20261203110403_unit_register put every former `external` unit on `other`
 * (the kind it introduced, so nothing else is on it yet): classify them by name
 * with the import's classifier; what it cannot place stays 其他.
 */
async function reclassifyFormerExternalUnits(client: pg.Client): Promise<void> {
  const tenants = await client.query<{ id: string }>("SELECT id FROM tenants");
  for (const { id } of tenants.rows) {
    await client.query("BEGIN");
    try {
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [id]);
      const units = await client.query<{ id: string; name: string }>("SELECT id, name FROM org_units WHERE tenant_id = $1 AND kind = 'other'", [id]);
      for (const unit of units.rows) {
        const kind = guessUnitKind(unit.name);
        if (kind !== "other") await client.query(`UPDATE org_units SET kind = $1::"OrgUnitKind" WHERE tenant_id = $2 AND id = $3`, [kind, id, unit.id]);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
  }
}

const DATA_STEPS: Record<string, DataStep> = {
  "20261203110403_unit_register": reclassifyFormerExternalUnits,
};

export async function runDataSteps(ownerUrl: string, applied: readonly string[]): Promise<void> {
  const steps = applied.flatMap((name) => (DATA_STEPS[name] ? [DATA_STEPS[name]] : []));
  if (steps.length === 0) return;
  await withPgClient(ownerUrl, async (client) => {
    for (const step of steps) await step(client);
  });
}
