import type { ActionResult } from "@/lib/auth/action";

export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  if (!state) return null;
  const text = state.ok ? state.message : state.message;
  if (!text) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-700"}`}>
      {text}
    </p>
  );
}

export function fieldErrors(state: ActionResult<unknown> | null): Record<string, string[]> | undefined {
  return state && !state.ok ? state.fieldErrors : undefined;
}
