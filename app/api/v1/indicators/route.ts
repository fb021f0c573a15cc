import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { latestApprovedActuals } from "@/lib/ledger/latest-facts";
import { indicatorDocument } from "@/lib/plans/queries/get-plan-document";
import { listIndicators } from "@/lib/plans/queries/list-indicators";

const query = z.object({
  q: z.string().max(100).optional(),
  planId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});

// Each indicator with its catalogue mapping and its latest counted value
// (decision 0035): a confirmed mapping names its definition and shares the
// bureau's values for it; a suggested one is only a proposal, so it names no
// definition and counts the indicator's own values.
export const GET = tenantReadRoute({ permission: "plans:read", query }, async ({ tx, session, query }) => {
  const tenantId = session.tenant.tenantId;
  const page = await listIndicators(tx, tenantId, query);
  const latest = await latestApprovedActuals(
    tx,
    tenantId,
    page.items.map((i) => i.id),
  );
  return {
    indicators: page.items.map((i) => {
      const actual = latest.get(i.id);
      return {
        ...indicatorDocument(i),
        plan: i.plan,
        task: i.task,
        mapping: { state: i.mappingState, definitionId: i.mappingState === "confirmed" ? i.definitionId : null },
        latest: actual ? { value: actual.value, asOf: actual.asOf.toISOString().slice(0, 10) } : null,
      };
    }),
    page: page.page,
    pageCount: page.pageCount,
    total: page.total,
  };
});
