import { z } from "zod";
import { tenantReadRoute } from "@/lib/auth/route";
import { getTaskDocument } from "@/lib/plans/queries/get-plan-document";

export const GET = tenantReadRoute({ permission: "plans:read", params: z.object({ id: z.uuid() }) }, ({ tx, session, params }) =>
  getTaskDocument(tx, session.tenant.tenantId, params.id),
);
