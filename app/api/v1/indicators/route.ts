import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { indicatorDocument } from "@/lib/plans/queries/get-plan-document";
import { listIndicators } from "@/lib/plans/queries/list-indicators";

const query = z.object({
  q: z.string().max(100).optional(),
  planId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});

export const GET = tenantReadRoute({ permission: "plans:read", query }, async ({ tx, session, query }) => {
  const page = await listIndicators(tx, session.tenant.tenantId, query);
  return {
    indicators: page.items.map((i) => ({ ...indicatorDocument(i), plan: i.plan, task: i.task })),
    page: page.page,
    pageCount: page.pageCount,
    total: page.total,
  };
});
