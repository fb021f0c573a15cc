"use client";
// The report form's draft: one DraftSession per mounted form (autosave, save
// queue, conflict, submit; see draft-session.ts), rendered from its state,
// with a copy of the text on this device (draft-local.ts).
import { useEffect, useState, useSyncExternalStore } from "react";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { localDraftStore } from "./draft-local";
import { DraftSession } from "./draft-session";
import type { DraftFields } from "./draft-state";

export type { DraftFields, SaveStatus } from "./draft-state";

export function useReportDraft(opts: {
  userId: string;
  slotId: string;
  initial: DraftFields;
  version: number;
  indicatorIds: string[];
  lastSavedAt: string | null;
}) {
  // Created once: like the form's fields, the session outlives re-renders (and the server's later props).
  const [session] = useState(() => new DraftSession({ ...opts, actions: { save: saveReportDraftAction, submit: submitReportAction } }));
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  useEffect(() => session.watchVisibility(document), [session]);
  // After hydration: the server renders the server's text, and the device's copy replaces it here.
  const { userId, slotId } = opts;
  useEffect(() => {
    const storage = deviceStorage();
    return storage ? session.attachLocal(localDraftStore(storage, userId, slotId)) : undefined;
  }, [session, userId, slotId]);

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
    signedOut: state.signedOut,
    ensureReport: session.ensureReport,
    isDirty: session.isDirty,
  };
}

/** Reading `localStorage` itself throws where storage is blocked (some embedded browsers). */
function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
