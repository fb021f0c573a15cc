// One report slot's story: its fate by phase, and for every fate but "open" a
// report written by the slot's author and reviewed by staff, with the events
// of each step in time order inside the period (or just after it).
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { DAY, eventTimes, HOUR, MINUTE, stepGaps, utcDay } from "./event-times";
import { FATE_STEPS, FATE_VERSION, isReview, isSubmit, pickFate, SLOT_STATUS, type Fate } from "./fates";
import type { Rng } from "./rng";
import type { Curve } from "./task-curve";
import { DONE_NEXT_STEPS } from "./phrases";
import type { SimContext, SimReport, SimSlot, SlotOutcome } from "./types";

/** The overdue job marks a slot at 16:15 UTC after its due date, 00:15 the next morning in China. */
const OVERDUE_MARK_AFTER = 16 * HOUR + 15 * MINUTE;

export function slotOutcome<S extends SimSlot>(slot: S, curve: Curve, context: SimContext, rng: Rng): SlotOutcome<S> {
  const { window, profile } = context;
  const period = window.periods[slot.periodIndex]!;
  const k = window.activeIndex(slot.periodIndex);
  const duePassed = period.dueOn.getTime() < window.cap;
  const fate: Fate = k === undefined ? "open" : pickFate(rng, profile.fates, window.phaseOf(period), duePassed);
  const status = SLOT_STATUS[fate];
  const overdueAt = (status === "open" || status === "draft" || status === "returned") && duePassed ? period.dueOn.getTime() + OVERDUE_MARK_AFTER : null;
  if (fate === "open" || k === undefined) return { slot, status, overdueAt, report: null };
  return { slot, status, overdueAt, report: writeReport(slot, fate, curve.status[k]!, curve.progress[k]!, context, rng) };
}

/** The report on `slot`, whose task shows `taskStatus` and `taskProgress` at the period's end. */
function writeReport(slot: SimSlot, fate: Exclude<Fate, "open">, taskStatus: TaskStatus, taskProgress: number, context: SimContext, rng: Rng): SimReport {
  const { window, staff } = context;
  const { cap } = window;
  const period = window.periods[slot.periodIndex]!;
  const text = context.profile.phrases;
  // A responsible unit may report a little behind the lead.
  const progress = slot.role === "lead" ? taskProgress : Math.max(5, taskProgress - rng.int(0, 2) * 5);
  const done = taskStatus === "completed";
  const stalled = taskStatus === "delayed" || taskStatus === "paused";
  const steps = FATE_STEPS[fate];
  const s = period.startsOn.getTime();
  // The current period's reports start somewhere in its days so far; older ones in its last two weeks.
  const firstDay =
    window.phaseOf(period) === "current"
      ? s + Math.floor(((cap - s) * rng.between(0.3, 0.7)) / DAY) * DAY
      : utcDay(period.endsOn.getTime()) - rng.int(2, 12) * DAY;
  const times = eventTimes(rng, firstDay, stepGaps(rng, steps.length), s + DAY, cap);
  const returnComment = rng.pick(text.returnComments);
  const approveComment = rng.pick(text.approveComments);
  const events = steps.map((step, i) => ({
    ...step,
    at: times[i]!,
    actor: isReview(step) ? staff : slot.author,
    comment: step.action === "return" ? returnComment : step.action === "approve" ? approveComment : null,
  }));
  const lastSubmit = events.findLast(isSubmit);
  const lastReview = events.findLast(isReview);
  const summary = fate === "draft" ? rng.pick(text.draft) : done ? rng.pick(text.completed) : rng.shuffle(text.activity).slice(0, rng.int(1, 2)).join("；");
  return {
    fate,
    status: steps[steps.length - 1]!.to,
    summary: `${text.prefix}${summary}。`,
    progress,
    problems: stalled || (!done && rng.chance(0.45)) ? `${rng.pick(text.problems)}。` : "",
    nextSteps: done ? DONE_NEXT_STEPS : `${rng.pick(text.nextSteps)}。`,
    version: FATE_VERSION[fate],
    author: slot.author,
    submittedAt: lastSubmit?.at ?? null,
    review: lastReview ? { at: lastReview.at, by: lastReview.actor, comment: lastReview.comment } : null,
    createdAt: times[0]!,
    updatedAt: times[times.length - 1]!,
    events,
  };
}
