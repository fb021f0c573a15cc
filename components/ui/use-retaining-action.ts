"use client";
// React resets a form after its action runs. On a refusal the fields should
// still hold what was typed, so a typo costs one correction, not the whole
// form: this keeps the sent values of a refused attempt and a key that
// remounts the form with them as default values. A success starts empty.
import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/action";

export type TypedValues = Partial<Record<string, string>>;

/** Text fields only: never a password, never React's own $ACTION_ fields. */
function retainable(form: FormData): TypedValues {
  return Object.fromEntries(
    [...form.entries()].filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && !/password/i.test(entry[0]) && !entry[0].startsWith("$ACTION"),
    ),
  );
}

export function useRetainingAction<T>(action: (prev: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>) {
  const [typed, setTyped] = useState<TypedValues>({});
  const [attempt, setAttempt] = useState(0);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult<T> | null, form: FormData) => {
    const result = await action(prev, form);
    setTyped(result.ok ? {} : retainable(form));
    setAttempt((n) => n + 1);
    return result;
  }, null);
  return { state, formAction, pending, typed, formKey: attempt };
}
