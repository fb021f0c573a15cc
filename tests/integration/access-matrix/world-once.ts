// 最多报一次 fixture of the access matrix (entries/once.ts): two confirmed
// indicators of one definition in the main plan, each with an approved value
// for the same date that differ, a conflict a reviewer may resolve.
import type { ownerDb } from "@/tests/support/db";

type Db = ReturnType<typeof ownerDb>;

/** `mark` prefixes the fixture rows' names (world-side.ts FIXTURE). */
export async function conflictFixture(db: Db, mark: string, tenantId: string, planId: string, definitionId: string): Promise<{ actualId: string }> {
  const asOf = new Date("2022-12-31");
  const valueOn = async (position: number, value: number, approvedAt: Date) => {
    const indicator = await db.indicator.create({
      data: { tenantId, planId, origin: "manual", position, name: `${mark}冲突指标${position}`, unit: "%", definitionId, mappingState: "confirmed" },
    });
    const actual = await db.indicatorActual.create({ data: { tenantId, indicatorId: indicator.id, asOf, value, reviewState: "approved", approvedAt } });
    return actual.id;
  };
  await valueOn(950, 91, new Date("2023-01-05T00:00:00Z"));
  return { actualId: await valueOn(951, 93, new Date("2023-01-06T00:00:00Z")) };
}
