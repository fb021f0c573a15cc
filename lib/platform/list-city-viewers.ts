import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface CityViewerRow {
  membershipId: string;
  tenantId: string;
  username: string;
  displayName: string;
  isActive: boolean;
  mustChangePassword: boolean;
}

/**
 * Every city viewer, for /platform/viewers. `tx` is the platform admin's
 * (withUser): the platform_admin_read policies on memberships and users admit
 * every row there and nothing in anyone else's transaction.
 */
export async function listCityViewers(tx: Tx): Promise<CityViewerRow[]> {
  return tx.$queryRaw<CityViewerRow[]>`
    SELECT m.id::text AS "membershipId", m.tenant_id::text AS "tenantId", u.username, u.display_name AS "displayName",
      u.is_active AS "isActive", u.must_change_password AS "mustChangePassword"
    FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.role = 'city_viewer'
    ORDER BY u.username`;
}
