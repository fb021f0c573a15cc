// What every part of one district's generation shares: its spec, the two
// random streams (one for ids, one for content, both keyed by the province
// seed and the district's code, so a district's rows are the same whatever N
// is), the tables it fills, and how the documents' place names become its own.
import type { CatalogueCandidate } from "@/lib/indicators/suggest-definition";
import type { PeriodSpec } from "@/lib/reports/periods";
import type { Rng } from "@/lib/simulation/rng";
import { Xoshiro128 } from "@/lib/simulation/xoshiro128";
import { DAY_MS } from "./copy";
import { emptyTables, type Tables } from "./tables";
import { SOURCE_PLACES, type PlanTemplate } from "./templates";

export interface CatalogueEntry extends CatalogueCandidate {
  id: string;
  currentVersion: number;
}

export interface DistrictSpec {
  seed: number;
  code: string;
  /** e.g. 样例区001教育局 */
  name: string;
  /** e.g. 样例区001: replaces the documents' place names */
  area: string;
  /** UTC midnight of the generated "today" (a calendar date in China). */
  today: number;
  /** The reporting window: monthly periods, oldest first. */
  periods: readonly PeriodSpec[];
  templates: readonly PlanTemplate[];
  catalogue: readonly CatalogueEntry[];
  passwordHash: string;
}

/** Knobs that set the province's size: at N = 100 about 20k tasks, 0.5M slots and reports. */
export const SHAPE = {
  plansPerDistrict: [4, 6] as const,
  /** Share of a second document's task groups appended to each plan (plans of ~40 tasks). */
  secondaryShare: 0.85,
  /**
   * Tasks whose document names no unit, and every appended task (a bureau
   * borrowing another's tasks assigns its own departments), get a lead
   * department with this probability. With the documents' own units this
   * gives ~0.7 report slots per task and month.
   */
  assignLeadToUnitless: 0.3,
  /** …and then also a responsible school with this probability. */
  addSchoolToAssigned: 0.1,
  reporters: [5, 10] as const,
};

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** The open-periods job opens a period at 00:10 China time on its first day. */
export const openedAt = (startsOn: Date) => startsOn.getTime() - 8 * HOUR + 10 * MINUTE;

export interface DistrictContext {
  spec: DistrictSpec;
  tenantId: string;
  /** Draws every id, in the order rows are made. */
  ids: Rng;
  /** Draws the district's content. */
  rng: Rng;
  t: Tables;
  /** When the bureau was set up, some weeks before reporting began. */
  setupAt: number;
  /** Successive moments of the set-up, seven seconds apart. */
  setupTime: () => number;
  /** The documents' place names become the district's. */
  localise: (text: string) => string;
}

export function districtContext(spec: DistrictSpec): DistrictContext {
  const ids = new Xoshiro128(spec.seed, "ids", spec.code);
  const rng = new Xoshiro128(spec.seed, "content", spec.code);
  const tenantId = ids.uuid();
  const setupAt = spec.periods[0]!.startsOn.getTime() - rng.int(30, 60) * DAY_MS + 2 * HOUR;
  let tick = 0;
  const placePattern = new RegExp(SOURCE_PLACES.join("|"), "g");
  return {
    spec,
    tenantId,
    ids,
    rng,
    t: emptyTables(),
    setupAt,
    setupTime: () => setupAt + tick++ * 7_000,
    localise: (text) => text.replace(placePattern, spec.area).replace(/全县/g, "全区").replace(/我县/g, "我区"),
  };
}
