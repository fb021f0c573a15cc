"use client";
// The report form's draft: one DraftSession per mounted form (autosave, save
// queue, conflict, submit; see draft-session.ts), rendered from its state.
import { useEffect, useState, useSyncExternalStore } from "react";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { DraftSession } from "./draft-session";
import type { DraftFields } from "./draft-state";

export type { DraftFields, SaveStatus } from "./draft-state";

export function useReportDraft(opts: { slotId: string; initial: DraftFields; version: number; indicatorIds: string[]; lastSavedAt: string | null }) {
  // Created once: like the form's fields, the session outlives re-renders (and the server's later props).
  const [session] = useState(() => new DraftSession({ ...opts, actions: { save: saveReportDraftAction, submit: submitReportAction } }));
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  useEffect(() => session.watchVisibility(document), [session]);

  return {
    fields: state.fields,
    update: session.update,
    save: session.save,
    submit: session.submit,
    status: state.status,
    conflict: state.conflict,
    adoptTheirs: session.adoptTheirs,
    keepMine: session.keepMine,
    errors: state.errors,
    submitting: state.submitting,
    submitError: state.submitError,
    ensureReport: session.ensureReport,
    isDirty: session.isDirty,
  };
}
