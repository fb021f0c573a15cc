// The report form's state and every transition it makes, as a pure reducer:
// no React, no timers, no server. draft-session.ts decides when each event
// happens (saves, submit); this file decides what each one changes.
import type { FieldErrors } from "@/lib/auth/failure";
import type { ReportVersion } from "@/lib/reports/report-conflict";

export interface DraftFields {
  summary: string;
  progress: string;
  problems: string;
  nextSteps: string;
  actuals: Record<string, string>;
  /** 我已核实该数值 ticked, by indicator id (decision 0027); absent means not ticked. */
  confirmed?: Record<string, boolean>;
}

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; auto: boolean }
  | { kind: "adopted" }
  /** The text typed on this device earlier (draft-local.ts) is back in the form, not yet saved. */
  | { kind: "restored" }
  /** The session ended: nothing is saved until the user signs in again (the form offers it once). */
  | { kind: "signedOut" }
  | { kind: "error"; message: string };

export interface DraftState {
  fields: DraftFields;
  /** The version the next save carries: the last one the server returned (0 = no report yet). */
  version: number;
  /** Edits made since the last save started. */
  dirty: boolean;
  status: SaveStatus;
  /** Set while the user has not chosen between their text and the other person's: nothing is saved. */
  conflict: ReportVersion | null;
  errors: FieldErrors;
  submitting: boolean;
  submitError: string | null;
  /** Submitted: nothing is saved any more. */
  done: boolean;
  /** A save or submit was refused for want of a session: autosave stops; an explicit save or submit tries again. */
  signedOut: boolean;
}

export const DRAFT_MESSAGES = {
  conflictPaused: "内容有冲突，自动保存已暂停",
  saveOffline: "网络不稳定，草稿未保存；恢复网络后会再次保存",
  summaryRequired: "请填写工作进展",
  submitNeedsSummary: "请填写工作进展后再提交",
  submitConflict: "内容有冲突：请先在上方选择使用哪一份内容",
  // Same key on the next try: if this one did reach the server, the retry is recognised.
  submitOffline: "网络不稳定，未确认提交结果；请再点一次“提交”，不会重复提交",
  signedOut: "登录已失效，填写的内容已保存在本机；重新登录后会回到这里并恢复",
  signIn: "重新登录",
  restored: "已恢复本机保存的内容",
  notSaved: "尚未保存到服务器",
} as const;

/** A refusal from the server: a version conflict (with the other text) or invalid fields. */
export interface Refusal {
  message: string;
  /** The session had ended (FAILURE_MESSAGES.signedOut): said once, by the sign-in notice, not as an error. */
  signedOut: boolean;
  conflict: ReportVersion | null;
  errors: FieldErrors;
}

export type DraftEvent =
  | { type: "edited"; patch: Partial<DraftFields> }
  | { type: "restored"; fields: DraftFields; version: number }
  | { type: "save-started" }
  | { type: "saved"; version: number; savedAt: Date; auto: boolean }
  | { type: "save-refused"; refusal: Refusal }
  | { type: "save-failed" }
  | { type: "adopted-theirs" }
  | { type: "kept-mine" }
  | { type: "submit-without-summary" }
  | { type: "submit-started" }
  | { type: "submit-blocked-by-conflict" }
  | { type: "submitted" }
  | { type: "submit-refused"; refusal: Refusal }
  | { type: "submit-failed" };

export function initialDraftState(opts: { initial: DraftFields; version: number; lastSavedAt: string | null }): DraftState {
  return {
    fields: opts.initial,
    version: opts.version,
    dirty: false,
    status: opts.lastSavedAt ? { kind: "saved", at: new Date(opts.lastSavedAt), auto: true } : { kind: "idle" },
    conflict: null,
    errors: {},
    submitting: false,
    submitError: null,
    done: false,
    signedOut: false,
  };
}

/** A save has something to do and may run: not submitted, no unresolved conflict; while signed out only when asked for. */
export function shouldSave(state: DraftState, force: boolean): boolean {
  return !state.done && !state.conflict && (force || (state.dirty && !state.signedOut));
}

export function reduceDraft(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case "edited":
      // During a conflict or while signed out the status keeps saying why nothing is saved.
      return {
        ...state,
        fields: { ...state.fields, ...event.patch },
        dirty: true,
        status: state.conflict || state.signedOut ? state.status : { kind: "dirty" },
      };
    case "restored":
      return { ...state, fields: event.fields, version: event.version, dirty: true, status: { kind: "restored" } };
    case "save-started":
      return { ...state, dirty: false, status: { kind: "saving" } };
    case "saved":
      // Typing during the save leaves the draft dirty: the next save takes it.
      return {
        ...state,
        version: event.version,
        errors: {},
        signedOut: false,
        status: state.dirty ? { kind: "dirty" } : { kind: "saved", at: event.savedAt, auto: event.auto },
      };
    case "save-refused": {
      const { refusal } = event;
      if (refusal.signedOut) return { ...state, dirty: true, signedOut: true, status: { kind: "signedOut" } };
      // The conflict box says the long version.
      const message = refusal.conflict ? DRAFT_MESSAGES.conflictPaused : refusal.message;
      return { ...state, dirty: true, conflict: refusal.conflict ?? state.conflict, errors: refusal.errors, status: { kind: "error", message } };
    }
    case "save-failed":
      return { ...state, dirty: true, status: { kind: "error", message: DRAFT_MESSAGES.saveOffline } };
    case "adopted-theirs": {
      const c = state.conflict;
      if (!c) return state;
      const fields = { ...state.fields, summary: c.summary, progress: String(c.progress), problems: c.problems, nextSteps: c.nextSteps };
      return { ...state, fields, version: c.version, dirty: false, conflict: null, errors: {}, status: { kind: "adopted" } };
    }
    case "kept-mine":
      // Explicit choice to overwrite: take their version number; the session then saves ours on top.
      return state.conflict ? { ...state, version: state.conflict.version, conflict: null } : state;
    case "submit-without-summary":
      return { ...state, errors: { summary: [DRAFT_MESSAGES.summaryRequired] }, submitError: DRAFT_MESSAGES.submitNeedsSummary };
    case "submit-started":
      return { ...state, submitting: true, submitError: null };
    case "submit-blocked-by-conflict":
      return { ...state, submitting: false, submitError: DRAFT_MESSAGES.submitConflict };
    case "submitted":
      // `submitting` stays on: the page is refreshed into the read-only report.
      return { ...state, done: true, dirty: false };
    case "submit-refused": {
      const { refusal } = event;
      if (refusal.signedOut) return { ...state, submitting: false, signedOut: true, submitError: null, status: { kind: "signedOut" } };
      return { ...state, submitting: false, conflict: refusal.conflict ?? state.conflict, errors: refusal.errors, submitError: refusal.message };
    }
    case "submit-failed":
      return { ...state, submitting: false, submitError: DRAFT_MESSAGES.submitOffline };
  }
}
