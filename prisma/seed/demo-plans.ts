// The five public plan documents, loaded into their tenants through the same
// importer a bureau admin uses. Already imported documents are skipped.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ConflictError } from "@/lib/errors";
import { importPlanFile } from "@/lib/plans/import/import-plan-file";
import { DEMO_PUBLISHED_PLAN, publishDemoPlan } from "./demo-publication";

export const DEMO_PLAN_DOCUMENTS = [
  { tenant: "jinfeng", file: "jinfeng-2022-work-points.txt" },
  { tenant: "jinfeng", file: "jinfeng-2022-party-building.txt" },
  { tenant: "xingqing", file: "xingqing-14th-five-year-plan.txt" },
  { tenant: "helan", file: "helan-quality-action-plan.txt" },
  { tenant: "huiji", file: "huiji-2023-work-points.txt" },
] as const;

export const DEMO_DOCUMENTS_DIR = path.resolve("prisma/seed/documents");

export async function seedDemoPlans(db: PrismaClient, log: (line: string) => void = () => {}): Promise<number> {
  let imported = 0;
  for (const doc of DEMO_PLAN_DOCUMENTS) {
    const bytes = new Uint8Array(await readFile(path.join(DEMO_DOCUMENTS_DIR, doc.file)));
    try {
      const result = await importPlanFile(db, doc.tenant, doc.file, bytes);
      imported++;
      if (doc.file === DEMO_PUBLISHED_PLAN.file) await publishDemoPlan(db, doc.tenant, result.planId);
      log(`已导入 ${doc.file}：任务 ${result.tasks}，指标 ${result.indicators}`);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return imported;
}
