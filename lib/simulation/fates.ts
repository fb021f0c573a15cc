// What becomes of a report slot: its fate is drawn from a table by how far
// back its period lies, and a fate is a fixed sequence of the app's own report
// transitions, with the versions the app's write paths would leave.
import type { ReportStatus, ReviewState, SlotStatus } from "@/lib/generated/prisma/enums";
import type { Rng } from "./rng";

export type Fate = "open" | "draft" | "submitted" | "returned" | "resubmitted" | "approved" | "approvedAfterReturn";

/** old: long reviewed; recent: ended lately, still moving; current: under way today. */
export type Phase = "old" | "recent" | "current";

/** Each table lists fates with their probabilities; the last takes the rest. */
export type FateTables = Record<"old" | "recentDue" | "recent" | "current", readonly (readonly [Fate, number])[]>;

export function pickFate(rng: Rng, tables: FateTables, phase: Phase, duePassed: boolean): Fate {
  const table = tables[phase === "old" ? "old" : phase === "recent" ? (duePassed ? "recentDue" : "recent") : "current"];
  let r = rng.float();
  for (const [fate, p] of table) {
    if (r < p) return fate;
    r -= p;
  }
  return "approved";
}

export interface Step {
  action: "create" | "submit" | "return" | "resubmit" | "approve";
  from: ReportStatus | null;
  to: ReportStatus;
}

const CREATE: Step = { action: "create", from: null, to: "draft" };
const SUBMIT: Step = { action: "submit", from: "draft", to: "submitted" };
const RETURN: Step = { action: "return", from: "submitted", to: "returned" };
const RESUBMIT: Step = { action: "resubmit", from: "returned", to: "submitted" };
const APPROVE: Step = { action: "approve", from: "submitted", to: "approved" };

export const FATE_STEPS: Record<Exclude<Fate, "open">, readonly Step[]> = {
  draft: [CREATE],
  submitted: [CREATE, SUBMIT],
  returned: [CREATE, SUBMIT, RETURN],
  resubmitted: [CREATE, SUBMIT, RETURN, RESUBMIT],
  approved: [CREATE, SUBMIT, APPROVE],
  approvedAfterReturn: [CREATE, SUBMIT, RETURN, RESUBMIT, APPROVE],
};

// As the app's write paths leave them: create 1, submit +1, review +1, resubmit +2.
export const FATE_VERSION: Record<Exclude<Fate, "open">, number> = { draft: 1, submitted: 2, returned: 3, resubmitted: 5, approved: 3, approvedAfterReturn: 6 };

export const SLOT_STATUS: Record<Fate, SlotStatus> = {
  open: "open",
  draft: "draft",
  submitted: "submitted",
  returned: "returned",
  resubmitted: "submitted",
  approved: "approved",
  approvedAfterReturn: "approved",
};

export const REVIEW_STATE: Record<ReportStatus, ReviewState> = { draft: "pending", submitted: "pending", returned: "returned", approved: "approved" };

export const isReview = (step: Step) => step.action === "return" || step.action === "approve";
export const isSubmit = (step: Step) => step.action === "submit" || step.action === "resubmit";
