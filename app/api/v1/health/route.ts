// GET /api/v1/health: liveness — {ok:true} with no session and no database:
// the process answers. Readiness (can it reach the database?) is
// /api/v1/ready. Also the benchmarks' ceiling (the framework's cost of one
// request with nothing behind it).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
