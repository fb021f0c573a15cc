// Every bureau of the browser tests' own, built by world.ts when the test
// server starts (serve.ts). A new spec that writes gets one: a *-world.ts with
// its names and a BureauSpec, and one line in BUREAUS (decision 0039).
import { BALANCER_BUREAU } from "./balancer-world";
import { EVIDENCE_BUREAU } from "./evidence-world";
import { HOME_BUREAU } from "./home-world";
import { REPORT_SESSION_BUREAU } from "./report-session-world";
import { STAFF_DAY_BUREAU } from "./staff-day-world";
import type { BureauSpec } from "./world";

/**
 * The city the bureaus opened in the browser (platform-flow.ts) belong to: not 银川, whose
 * districts city.spec.ts counts while those specs may run beside it.
 */
export const NEW_BUREAUS_CITY = { code: "wuzhong", name: "吴忠市教育局" } as const;

export const BUREAUS: readonly BureauSpec[] = [
  STAFF_DAY_BUREAU,
  HOME_BUREAU,
  EVIDENCE_BUREAU,
  REPORT_SESSION_BUREAU,
  BALANCER_BUREAU,
  { ...NEW_BUREAUS_CITY, kind: "city" },
];
