// The report form's behaviour over time: debounced autosave, saves one after
// another (save-queue.ts), a conflict stops autosaving until the user chooses,
// and submit reuses one key. The state changes themselves are the pure
// reducer in draft-state.ts; the server actions are passed in, so this runs
// (and is tested) without React or a server.
import type { ActionResult } from "@/lib/auth/action";
import { FAILURE_MESSAGES } from "@/lib/auth/failure";
import type { ReportVersion } from "@/lib/reports/report-conflict";
import { draftInput, formFieldErrors, type DraftInput } from "./draft-input";
import type { LocalDraftStore } from "./draft-local";
import { initialDraftState, reduceDraft, shouldSave, type DraftEvent, type DraftFields, type DraftState, type Refusal } from "./draft-state";
import { newSubmitKey } from "./new-key";
import { SaveQueue } from "./save-queue";

/** A pause in typing this long saves the draft. */
export const AUTOSAVE_MS = 2000;

export interface DraftActions {
  save: (input: DraftInput) => Promise<ActionResult<{ version: number; savedAt: Date | string }, ReportVersion>>;
  submit: (input: DraftInput & { submitKey: string }) => Promise<ActionResult<unknown, ReportVersion>>;
}

export interface DraftSessionOptions {
  slotId: string;
  indicatorIds: readonly string[];
  initial: DraftFields;
  version: number;
  lastSavedAt: string | null;
  actions: DraftActions;
}

type Failure = Extract<ActionResult<unknown, ReportVersion>, { ok: false }>;

export class DraftSession {
  private state: DraftState;
  private readonly listeners = new Set<() => void>();
  private readonly queue = new SaveQueue();
  private submitKey: string | null = null;
  private local: LocalDraftStore | null = null;

  constructor(private readonly opts: DraftSessionOptions) {
    this.state = initialDraftState(opts);
  }

  getState = (): DraftState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isDirty = (): boolean => this.state.dirty;

  update = (patch: Partial<DraftFields>): void => {
    this.dispatch({ type: "edited", patch });
    this.queue.debounce(() => this.runSave(false, true), AUTOSAVE_MS);
  };

  /** Queues a save behind any running one, so versions never race. */
  save = (options: { force?: boolean; auto?: boolean } = {}): Promise<void> =>
    this.queue.enqueue(() => this.runSave(options.force ?? false, options.auto ?? true));

  /** The report must exist before an upload, or the upload creates it behind the form's back. */
  ensureReport = async (): Promise<boolean> => {
    if (this.state.version === 0) await this.save({ force: true });
    else await this.queue.idle();
    return this.state.version > 0 && !this.state.conflict;
  };

  /**
   * Keeps a copy of every edit on this device from now on, and first takes back
   * the one left by an earlier visit when it differs from the server's text.
   * Restored onto the version it was typed on, so a report someone changed
   * since comes back as a conflict. Returns the detach.
   */
  attachLocal = (store: LocalDraftStore): (() => void) => {
    this.local = store;
    const saved = store.read();
    if (saved && !this.state.done && !sameFields(saved.fields, this.opts.initial)) {
      this.dispatch({ type: "restored", fields: saved.fields, version: saved.version });
      this.queue.debounce(() => this.runSave(false, true), AUTOSAVE_MS);
    } else if (saved) store.clear();
    return () => {
      if (this.local === store) this.local = null;
    };
  };

  adoptTheirs = (): void => this.dispatch({ type: "adopted-theirs" });

  /** Explicit choice to overwrite: take their version number and save ours on top. */
  keepMine = (): void => {
    if (!this.state.conflict) return;
    this.dispatch({ type: "kept-mine" });
    void this.save({ force: true, auto: false });
  };

  submit = async (): Promise<{ ok: boolean; message?: string }> => {
    if (this.state.submitting || this.state.done) return { ok: false };
    if (!this.state.fields.summary.trim()) {
      this.dispatch({ type: "submit-without-summary" });
      return { ok: false };
    }
    this.dispatch({ type: "submit-started" });
    this.queue.cancelDebounced();
    await this.queue.idle();
    if (this.state.conflict) {
      this.dispatch({ type: "submit-blocked-by-conflict" });
      return { ok: false };
    }
    this.submitKey ??= newSubmitKey();
    const fields = this.state.fields;
    try {
      const result = await this.opts.actions.submit({ ...this.input(fields), submitKey: this.submitKey });
      if (result.ok) {
        this.dispatch({ type: "submitted" });
        return { ok: true, message: result.message };
      }
      this.dispatch({ type: "submit-refused", refusal: this.refusal(result, fields) });
    } catch {
      this.dispatch({ type: "submit-failed" });
    }
    return { ok: false };
  };

  /** WeChat users switch apps mid-sentence: save when the page is hidden. Returns the cleanup. */
  watchVisibility = (doc: Document): (() => void) => {
    const onHide = () => {
      if (doc.visibilityState === "hidden" && this.state.dirty) void this.save();
    };
    doc.addEventListener("visibilitychange", onHide);
    return () => {
      doc.removeEventListener("visibilitychange", onHide);
      this.queue.cancelDebounced();
    };
  };

  private async runSave(force: boolean, auto: boolean): Promise<void> {
    if (!shouldSave(this.state, force)) return;
    this.dispatch({ type: "save-started" });
    const fields = this.state.fields;
    try {
      const result = await this.opts.actions.save(this.input(fields));
      if (result.ok) this.dispatch({ type: "saved", version: result.data.version, savedAt: new Date(result.data.savedAt), auto });
      else this.dispatch({ type: "save-refused", refusal: this.refusal(result, fields) });
    } catch {
      this.dispatch({ type: "save-failed" });
    }
  }

  private input(fields: DraftFields): DraftInput {
    return draftInput(this.opts.slotId, this.opts.indicatorIds, fields, this.state.version);
  }

  /** Field errors are mapped against the fields that were sent, not what the user typed since. */
  private refusal(result: Failure, sent: DraftFields): Refusal {
    return {
      message: result.message,
      signedOut: result.message === FAILURE_MESSAGES.signedOut,
      conflict: result.conflict ?? null,
      errors: formFieldErrors(this.opts.indicatorIds, sent, result.fieldErrors),
    };
  }

  private dispatch(event: DraftEvent): void {
    const before = this.state;
    this.state = reduceDraft(before, event);
    this.keepLocalCopy(before);
    for (const listener of this.listeners) listener();
  }

  private keepLocalCopy(before: DraftState): void {
    if (!this.local) return;
    if (this.state.done) this.local.clear();
    else if (this.state.fields !== before.fields || this.state.version !== before.version) {
      this.local.write({ fields: this.state.fields, version: this.state.version });
    }
  }
}

/** The fields compared as the server stores them: the same text is nothing to restore. */
function sameFields(a: DraftFields, b: DraftFields): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(f: DraftFields) {
  const filled = Object.entries(f.actuals).filter(([, v]) => v.trim() !== "");
  const ticked = Object.entries(f.confirmed ?? {}).filter(([, v]) => v);
  return [f.summary, f.progress, f.problems, f.nextSteps, filled.sort(), ticked.sort()];
}
