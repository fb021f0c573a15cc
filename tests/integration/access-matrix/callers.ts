// Who calls in the access matrix: every role of the attacker's home tenant,
// the city viewer above the victim (who may read the victim's data only
// through the city's own paths, and never write), another city's viewer, the
// platform admin (no tenant) and a request with no session.
import type { Role } from "@/lib/generated/prisma/enums";
import { ATTACKER } from "./world";

export interface Caller {
  id: string;
  username: string | null;
  role: Role | null;
}

export const CALLERS = [
  { id: "admin", username: `${ATTACKER.code}.admin`, role: "bureau_admin" },
  { id: "staff", username: `${ATTACKER.code}.staff`, role: "bureau_staff" },
  { id: "leader", username: `${ATTACKER.code}.leader`, role: "leader" },
  { id: "reporter", username: `${ATTACKER.code}.reporter`, role: "unit_reporter" },
  { id: "victim's city viewer", username: "yinchuan.viewer", role: "city_viewer" },
  { id: "other city's viewer", username: "zhengzhou.viewer", role: "city_viewer" },
  { id: "platform admin", username: "platform.admin", role: "platform_admin" },
  { id: "signed out", username: null, role: null },
] as const satisfies readonly Caller[];

export type CallerId = (typeof CALLERS)[number]["id"];

/** The city whose viewer may read the victim's data through the city paths. */
export const VICTIM_CITY_VIEWER: CallerId = "victim's city viewer";

export function callerById(id: CallerId): Caller {
  return CALLERS.find((c) => c.id === id)!;
}
