// Phase 4: sign in over HTTP the way a browser does: the leader, the staff
// member and the city viewer, then the reporters four at a time.
import { BENCH_PASSWORD, type Reporter } from "../lib/province";
import { signIn, type BenchServer } from "../lib/http";
import type { Log } from "./lifecycle";
import type { Prepared } from "./prepare";

export type SignedReporter = Reporter & { cookie: string };

export interface Sessions {
  leaderCookie: string;
  staffCookie: string;
  viewerCookie: string;
  reporters: SignedReporter[];
}

export async function signInAll(server: BenchServer, { targets, reporters }: Prepared, log: Log): Promise<Sessions> {
  log(`登录 ${3 + reporters.length} 个账号…`);
  const [leaderCookie, staffCookie, viewerCookie] = await Promise.all(
    [targets.leader.username, targets.staff.username, targets.cityViewer.username].map((u) => signIn(server.origin, u, BENCH_PASSWORD)),
  );
  const signed: SignedReporter[] = [];
  for (let i = 0; i < reporters.length; i += 4) {
    const batch = reporters.slice(i, i + 4);
    const cookies = await Promise.all(batch.map((r) => signIn(server.origin, r.username, BENCH_PASSWORD)));
    batch.forEach((r, j) => signed.push({ ...r, cookie: cookies[j]! }));
  }
  return { leaderCookie: leaderCookie!, staffCookie: staffCookie!, viewerCookie: viewerCookie!, reporters: signed };
}
