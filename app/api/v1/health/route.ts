// GET /api/v1/health: {ok:true} with no session and no database, for load
// balancers' liveness checks — and the benchmarks' ceiling (the framework's
// cost of one request with nothing behind it).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
