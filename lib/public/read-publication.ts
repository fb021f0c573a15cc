// The plan page's publish controls: whether the plan is published and what it shows.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface PublicationState {
  showTasks: boolean;
  showProgress: boolean;
  showIndicators: boolean;
  showLeaders: boolean;
  publishedAt: Date;
}

export async function readPublication(tx: Tx, tenantId: string, planId: string): Promise<PublicationState | null> {
  return tx.planPublication.findFirst({
    where: { tenantId, planId },
    select: { showTasks: true, showProgress: true, showIndicators: true, showLeaders: true, publishedAt: true },
  });
}
