import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { listPlans } from "@/lib/plans/queries/list-plans";

const query = z.object({
  q: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

/** The caller's plans: id, title, tenant code, period. */
export const GET = tenantReadRoute({ permission: "plans:read", query }, async ({ tx, session, query }) => {
  const page = await listPlans(tx, session.tenant.tenantId, query);
  return {
    plans: page.items.map((p) => ({
      id: p.id,
      title: p.title,
      tenant: session.tenant.tenantCode,
      kind: p.kind,
      period: { startYear: p.startYear, endYear: p.endYear },
      documentNumber: p.documentNumber,
      taskCount: p.taskCount,
    })),
    page: page.page,
    pageCount: page.pageCount,
    total: page.total,
  };
});
