// A city's bulletin (通报) for a calendar quarter: its districts ranked by the
// plan bulletin's rule (lib/bulletin/rank.ts), with their red and yellow lights.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants } from "@/lib/db/tenant-scope";
import { cityBulletinTitle } from "@/lib/vocabulary";
import { readDistrictCounts, type DistrictCounts } from "./district-standings";
import { bulletinNumberText } from "./document-number";
import type { Quarter } from "./quarter";
import { rankStandings, type Ranked } from "./rank";

export interface CityBulletin {
  issuer: string;
  title: string;
  documentNumber: string;
  quarter: Quarter;
  today: Date;
  districts: Ranked<DistrictCounts>[];
}

export async function getCityBulletin(session: TenantSession, quarter: Quarter, today: Date): Promise<CityBulletin> {
  const counts = await withChildTenants(session, (tx, children) => readDistrictCounts(tx, children, quarter, today));
  const issuer = session.tenant.tenantName;
  return {
    issuer,
    title: cityBulletinTitle(quarter.year, quarter.quarter),
    documentNumber: bulletinNumberText(issuer, quarter.year, quarter.quarter),
    quarter,
    today,
    districts: rankStandings(counts),
  };
}
