import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { getPlanDocument } from "@/lib/plans/queries/get-plan-document";

/** The plan's section tree and tasks in the parser's shape, plus ids, status and indicator links. */
export const GET = tenantReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, ({ tx, session, params }) =>
  getPlanDocument(tx, session.tenant.tenantId, params.id),
);
