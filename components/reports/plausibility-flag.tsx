// The reviewer's mark on an actual the reporter confirmed although it looks
// far off (decision 0027): visible, with the reason, wherever the value shows.
import { PLAUSIBILITY_MESSAGES } from "@/lib/vocabulary/plausibility";

export function PlausibilityFlag({ note }: { note: string | null | undefined }) {
  if (!note) return null;
  return (
    <span role="note" data-testid="plausibility-flag" className="block w-full rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900">
      <span className="mr-1 rounded bg-amber-200 px-1 font-semibold">⚠ {PLAUSIBILITY_MESSAGES.flaggedShort}</span>
      {PLAUSIBILITY_MESSAGES.flagged(note)}
    </span>
  );
}
