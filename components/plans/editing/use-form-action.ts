"use client";
// Submits a form to a server action without React's automatic form reset, so
// a refused save keeps what the user typed; add-forms opt into a reset on success.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { fieldErrors } from "@/components/ui/form-message";

type ServerAction<T> = (prev: ActionResult<unknown> | null, input: FormData) => Promise<ActionResult<T>>;

export function useFormAction<T>(action: ServerAction<T>, options: { reset?: boolean; confirm?: string; onSuccess?: (data: T) => void } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    if (!state?.ok) return;
    if (latest.current.reset) ref.current?.reset();
    latest.current.onSuccess?.(state.data);
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (latest.current.confirm && !window.confirm(latest.current.confirm)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };
  return { state, pending, errors: fieldErrors(state), form: { ref, onSubmit, noValidate: true } };
}
