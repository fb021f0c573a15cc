// A district's leaders and units: leaders drawn from the name banks; units
// are some of the bank's departments and schools, plus the documents' own
// units renamed for the district (schools become the district's schools,
// departments keep their names or take a local alias).
import { guessUnitKind } from "@/lib/units/classify-unit";
import type { DistrictContext } from "./district-context";
import { DEPARTMENT_ALIASES, DEPARTMENT_BANK, GIVEN_NAMES, LEADER_TITLES, SCHOOL_BANK, SURNAMES } from "./name-banks";

export interface Leader {
  id: string;
  name: string;
  title: string;
  /** Tasks led, to pick the leader account's person. */
  tasks: number;
}

export interface Unit {
  id: string;
  name: string;
  kind: string;
  /** Tasks reporting through this unit (lead or responsible), to pick reporters. */
  slotTasks: number;
}

export interface DistrictUnits {
  /** Every unit by name, in order of creation. */
  all: Map<string, Unit>;
  departments: Unit[];
  schools: Unit[];
  /** The district's unit for a unit a document names. */
  fromDocument: (original: string) => Unit;
}

export function drawLeaders({ rng, ids }: DistrictContext): Leader[] {
  const names: string[] = [];
  const count = rng.int(4, 6);
  while (names.length < count) {
    const name = rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name, i) => ({ id: ids.uuid(), name, title: LEADER_TITLES[i % LEADER_TITLES.length]!, tasks: 0 }));
}

export function drawUnits({ rng, ids, spec, localise }: DistrictContext): DistrictUnits {
  const all = new Map<string, Unit>();
  const named = (name: string): Unit => {
    let unit = all.get(name);
    if (!unit) {
      unit = { id: ids.uuid(), name, kind: guessUnitKind(name), slotTasks: 0 };
      all.set(name, unit);
    }
    return unit;
  };
  const departments = rng
    .shuffle(DEPARTMENT_BANK)
    .slice(0, rng.int(8, 12))
    .map((n) => named(n));
  const schoolNames = rng.shuffle(SCHOOL_BANK);
  const schools = schoolNames.slice(0, rng.int(4, 8)).map((n) => named(spec.area + n));
  let nextSchool = schools.length;
  const renamed = new Map<string, string>();
  const fromDocument = (original: string): Unit => {
    let name = renamed.get(original);
    if (name === undefined) {
      const kind = guessUnitKind(original);
      if (kind === "school" || kind === "kindergarten") {
        name = spec.area + (schoolNames[nextSchool++ % schoolNames.length] ?? "学校");
        if (nextSchool > schoolNames.length) name += nextSchool;
      } else {
        name = localise(original).replace(/县/g, "区");
        const alias = DEPARTMENT_ALIASES[name];
        if (alias && rng.chance(0.5)) name = alias;
      }
      renamed.set(original, name);
    }
    return named(name);
  };
  return { all, departments, schools, fromDocument };
}
