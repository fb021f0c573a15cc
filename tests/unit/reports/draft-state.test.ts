import { describe, expect, it } from "vitest";
import type { ReportVersion } from "@/lib/reports/report-conflict";
import { DRAFT_MESSAGES, initialDraftState, reduceDraft, shouldSave, type DraftEvent, type DraftState } from "@/components/reports/draft-state";

const fields = { summary: "完成了培训", progress: "40", problems: "", nextSteps: "", actuals: { a: "12" } };
const fresh = (patch: Partial<DraftState> = {}): DraftState => ({ ...initialDraftState({ initial: fields, version: 3, lastSavedAt: null }), ...patch });
const theirs: ReportVersion = {
  summary: "对方的进展",
  progress: 60,
  problems: "经费不足",
  nextSteps: "继续推进",
  version: 7,
  status: "draft",
  updatedAt: "2026-03-01T02:00:00Z",
};
const run = (state: DraftState, ...events: DraftEvent[]) => events.reduce(reduceDraft, state);
const savedAt = new Date("2026-03-01T03:00:00Z");

describe("the report draft's state", () => {
  it("starts as last saved when the server has a draft, otherwise idle", () => {
    expect(initialDraftState({ initial: fields, version: 3, lastSavedAt: "2026-03-01T01:00:00Z" }).status).toEqual({
      kind: "saved",
      at: new Date("2026-03-01T01:00:00Z"),
      auto: true,
    });
    expect(fresh().status).toEqual({ kind: "idle" });
    expect(fresh()).toMatchObject({ version: 3, dirty: false, conflict: null, done: false });
  });

  it("marks typing as unsaved and keeps the other actuals", () => {
    const state = run(fresh(), { type: "edited", patch: { summary: "完成了两期培训" } }, { type: "edited", patch: { progress: "50" } });
    expect(state.fields).toEqual({ ...fields, summary: "完成了两期培训", progress: "50" });
    expect(state).toMatchObject({ dirty: true, status: { kind: "dirty" } });
  });

  it("shows a save in progress, then the server's time and version", () => {
    const saving = run(fresh({ dirty: true, errors: { summary: ["x"] } }), { type: "save-started" });
    expect(saving).toMatchObject({ dirty: false, status: { kind: "saving" } });
    const saved = reduceDraft(saving, { type: "saved", version: 4, savedAt, auto: false });
    expect(saved).toMatchObject({ version: 4, errors: {}, status: { kind: "saved", at: savedAt, auto: false } });
  });

  it("stays unsaved when the user typed while the save was on its way", () => {
    const state = run(fresh(), { type: "save-started" }, { type: "edited", patch: { summary: "又改了" } }, { type: "saved", version: 4, savedAt, auto: true });
    expect(state).toMatchObject({ version: 4, dirty: true, status: { kind: "dirty" } });
  });

  it("pauses saving on a conflict, and typing does not hide why", () => {
    const refused = run(
      fresh(),
      { type: "save-started" },
      { type: "save-refused", refusal: { message: "已被他人修改", signedOut: false, conflict: theirs, errors: {} } },
    );
    expect(refused).toMatchObject({ dirty: true, conflict: theirs, status: { kind: "error", message: DRAFT_MESSAGES.conflictPaused } });
    expect(shouldSave(refused, true)).toBe(false);
    const typed = reduceDraft(refused, { type: "edited", patch: { summary: "继续写" } });
    expect(typed.status).toEqual(refused.status);
    expect(typed.fields.summary).toBe("继续写");
  });

  it("shows the server's message and field errors when a save is refused without a conflict", () => {
    const state = run(
      fresh(),
      { type: "save-started" },
      { type: "save-refused", refusal: { message: "提交的内容有误", signedOut: false, conflict: null, errors: { progress: ["进度须在0到100之间"] } } },
    );
    expect(state).toMatchObject({
      dirty: true,
      conflict: null,
      errors: { progress: ["进度须在0到100之间"] },
      status: { kind: "error", message: "提交的内容有误" },
    });
  });

  it("keeps the edits to save again when the network fails", () => {
    const state = run(fresh(), { type: "save-started" }, { type: "save-failed" });
    expect(state).toMatchObject({ dirty: true, status: { kind: "error", message: DRAFT_MESSAGES.saveOffline } });
    expect(shouldSave(state, false)).toBe(true);
  });

  it("takes the other person's text and version when the user adopts it, keeping the actuals", () => {
    const state = run(fresh({ conflict: theirs, dirty: true, errors: { summary: ["x"] } }), { type: "adopted-theirs" });
    expect(state.fields).toEqual({ summary: "对方的进展", progress: "60", problems: "经费不足", nextSteps: "继续推进", actuals: { a: "12" } });
    expect(state).toMatchObject({ version: 7, dirty: false, conflict: null, errors: {}, status: { kind: "adopted" } });
  });

  it("keeps the user's text but takes the other version number when they overwrite", () => {
    const state = run(fresh({ conflict: theirs, dirty: true }), { type: "kept-mine" });
    expect(state).toMatchObject({ fields, version: 7, conflict: null, dirty: true });
    expect(shouldSave(state, true)).toBe(true);
  });

  it("ignores a conflict choice when there is no conflict", () => {
    const state = fresh();
    expect(reduceDraft(state, { type: "adopted-theirs" })).toBe(state);
    expect(reduceDraft(state, { type: "kept-mine" })).toBe(state);
  });

  it("saves only what changed, unless forced, and never after submitting", () => {
    expect(shouldSave(fresh(), false)).toBe(false);
    expect(shouldSave(fresh(), true)).toBe(true);
    expect(shouldSave(fresh({ dirty: true }), false)).toBe(true);
    expect(shouldSave(fresh({ dirty: true, done: true }), true)).toBe(false);
  });

  it("asks for the summary before submitting", () => {
    const state = reduceDraft(fresh(), { type: "submit-without-summary" });
    expect(state).toMatchObject({ errors: { summary: [DRAFT_MESSAGES.summaryRequired] }, submitError: DRAFT_MESSAGES.submitNeedsSummary, submitting: false });
  });

  it("clears the last submit error when a submit starts, and explains a conflict that blocks it", () => {
    const started = reduceDraft(fresh({ submitError: "上次的错误" }), { type: "submit-started" });
    expect(started).toMatchObject({ submitting: true, submitError: null });
    expect(reduceDraft(started, { type: "submit-blocked-by-conflict" })).toMatchObject({ submitting: false, submitError: DRAFT_MESSAGES.submitConflict });
  });

  it("stops saving once submitted and keeps the buttons disabled until the page refreshes", () => {
    const state = run(fresh({ dirty: true }), { type: "submit-started" }, { type: "submitted" });
    expect(state).toMatchObject({ done: true, dirty: false, submitting: true });
    expect(shouldSave(state, true)).toBe(false);
  });

  it("lets the user retry after a refused or lost submit", () => {
    const refused = run(
      fresh(),
      { type: "submit-started" },
      { type: "submit-refused", refusal: { message: "已被他人修改", signedOut: false, conflict: theirs, errors: {} } },
    );
    expect(refused).toMatchObject({ submitting: false, conflict: theirs, submitError: "已被他人修改" });
    const lost = run(fresh(), { type: "submit-started" }, { type: "submit-failed" });
    expect(lost).toMatchObject({ submitting: false, submitError: DRAFT_MESSAGES.submitOffline });
  });
});
