// GET /api/v1/ready: 200 when this instance can reach its database, 503 with
// the reason when it cannot (readiness; /api/v1/health is liveness and never
// touches the database). No session: load balancers call it.
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const result = await checkReadiness();
  return Response.json(result.ready ? { ok: true } : { ok: false, error: result.reason }, {
    status: result.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
