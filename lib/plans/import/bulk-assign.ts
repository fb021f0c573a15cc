// The review's bulk edit: the same leaders or units for every selected task,
// as a clerk assigns a 任务分解表 whose table had no leader column. Pure and
// client-safe. "add" keeps what each task has and appends what is missing;
// "replace" sets exactly the given list.
import type { UnitRole } from "@/lib/generated/prisma/enums";
import { newKey, type DraftPlan, type DraftSection, type DraftTask } from "./draft";
import { normalisePersonName } from "@/lib/org/person-name";

export type BulkMode = "add" | "replace";

/** Items of `given` not yet in `have` by `keyOf`, each once, in order. */
function missing<T>(have: T[], given: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set(have.map(keyOf));
  const out: T[] = [];
  for (const item of given) {
    const key = keyOf(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

export function assignLeaders(task: DraftTask, names: string[], mode: BulkMode): DraftTask {
  const given = names.map(normalisePersonName).filter(Boolean);
  const base = mode === "replace" ? [] : task.leaders;
  return { ...task, leaders: [...base, ...missing(base, given, normalisePersonName)] };
}

/** "replace" replaces the units of that role only: setting the 牵头单位 keeps the 配合单位. */
export function assignUnits(task: DraftTask, names: string[], role: UnitRole, mode: BulkMode): DraftTask {
  const base = mode === "replace" ? task.units.filter((u) => u.role !== role) : task.units;
  const given = names.map((name) => ({ key: newKey("u"), name: name.trim(), role })).filter((u) => u.name);
  return { ...task, units: [...base, ...missing(base, given, (u) => `${u.role}|${u.name.trim()}`)] };
}

/** Applies `update` to each task whose key is selected; untouched sections keep their identity (memoised cards). */
export function updateTasks(draft: DraftPlan, keys: ReadonlySet<string>, update: (task: DraftTask) => DraftTask): DraftPlan {
  const section = (s: DraftSection): DraftSection => {
    const tasks = s.tasks.map((t) => (keys.has(t.key) ? update(t) : t));
    const sections = s.sections.map(section);
    const changed = tasks.some((t, i) => t !== s.tasks[i]) || sections.some((c, i) => c !== s.sections[i]);
    return changed ? { ...s, tasks, sections } : s;
  };
  return { ...draft, sections: draft.sections.map(section) };
}
