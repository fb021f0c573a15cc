// A task's status history over the window: the staff member records the
// start, every change of status, and growing progress now and then, each an
// event from the status and progress before to the ones after.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { DAY, officeTime } from "./event-times";
import type { Rng } from "./rng";
import type { Curve } from "./task-curve";
import type { SimContext, SimTask, StatusChange, TaskHistory } from "./types";

export function taskHistory<T extends SimTask>(task: T, curve: Curve, { window, profile }: SimContext, rng: Rng): TaskHistory<T> {
  const { notes } = profile.phrases;
  const { every, chance } = profile.progressUpdates;
  const history: TaskHistory<T> = { task, changes: [], status: task.status, progress: task.progress, dueDate: null };
  const record = (to: TaskStatus, toProgress: number, at: number, note: string, dueDate: number | null = null) => {
    const change: StatusChange = { from: history.status, to, fromProgress: history.progress, toProgress, dueDate, note, at };
    history.changes.push(change);
    history.status = to;
    history.progress = toProgress;
  };
  const last = window.active.length - 1;
  window.active.forEach((period, k) => {
    const s = period.startsOn.getTime();
    const span = window.spanEnd(period) - s;
    // A day at a fraction of the period, at office hours.
    const at = (lo: number, hi: number) => officeTime(rng, s + Math.floor((span * rng.between(lo, hi)) / DAY) * DAY);
    if (k === 0 && history.status === "not_started") {
      record("in_progress", Math.min(curve.progress[0]!, curve.status[0] === "in_progress" ? 100 : 15), at(0.05, 0.3), notes.start);
    }
    const target = curve.status[k]!;
    if (target !== history.status) {
      if (target === "delayed") history.dueDate = window.after.endsOn.getTime();
      const note = target === "completed" ? notes.completed : target === "delayed" ? notes.delayed : target === "paused" ? notes.paused : notes.update;
      record(target, curve.progress[k]!, at(0.55, 0.95), note, target === "delayed" ? history.dueDate : null);
    } else if (curve.progress[k]! > history.progress && (k === last || (k % every === every - 1 && rng.chance(chance)))) {
      // Staff record growing progress at their cadence (and always in the latest period).
      record(history.status, curve.progress[k]!, at(0.55, 0.95), notes.update);
    }
  });
  return history;
}
