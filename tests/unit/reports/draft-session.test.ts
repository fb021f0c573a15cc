import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportVersion } from "@/lib/reports/report-conflict";
import type { ActionResult } from "@/lib/auth/action";
import { draftInput, formFieldErrors, type DraftInput } from "@/components/reports/draft-input";
import { AUTOSAVE_MS, DraftSession, type DraftActions } from "@/components/reports/draft-session";
import { DRAFT_MESSAGES, type DraftFields } from "@/components/reports/draft-state";

const initial: DraftFields = { summary: "", progress: "", problems: "", nextSteps: "", actuals: {} };
const theirs: ReportVersion = { summary: "对方", progress: 30, problems: "", nextSteps: "", version: 9, status: "draft", updatedAt: "2026-03-01T00:00:00Z" };

type SaveResult = ActionResult<{ version: number; savedAt: Date | string }, ReportVersion>;

/** A fake server: each save answers when the test says so, and remembers what it was sent. */
function fakeServer() {
  const saves: { input: DraftInput; answer: (r: SaveResult | Error) => void }[] = [];
  const submits: (DraftInput & { submitKey: string })[] = [];
  let submitAnswer: () => Promise<ActionResult<unknown, ReportVersion>> = async () => ({ ok: true, data: {}, message: "已提交，等待教育局审核" });
  const actions: DraftActions = {
    save: (input) => new Promise((resolve, reject) => saves.push({ input, answer: (r) => (r instanceof Error ? reject(r) : resolve(r)) })),
    submit: (input) => {
      submits.push(input);
      return submitAnswer();
    },
  };
  return {
    actions,
    saves,
    submits,
    answerSubmitWith: (f: () => Promise<ActionResult<unknown, ReportVersion>>) => (submitAnswer = f),
    ok: (version: number): SaveResult => ({ ok: true, data: { version, savedAt: "2026-03-01T03:00:00Z" } }),
  };
}

const session = (server: ReturnType<typeof fakeServer>, version = 0) =>
  new DraftSession({ slotId: "slot-1", indicatorIds: ["a", "b"], initial, version, lastSavedAt: null, actions: server.actions });

/** Lets queued promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves once after a pause in typing, not on every keystroke", async () => {
    const server = fakeServer();
    const draft = session(server);
    draft.update({ summary: "完" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
    draft.update({ summary: "完成" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
    expect(server.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves.map((s) => s.input.summary)).toEqual(["完成"]);
  });

  it("sends the next save only after the first answered, with the version it returned", async () => {
    const server = fakeServer();
    const draft = session(server, 2);
    const first = draft.save({ force: true });
    await settle();
    draft.update({ summary: "第二次" });
    const second = draft.save();
    await settle();
    expect(server.saves).toHaveLength(1);
    server.saves[0]?.answer(server.ok(3));
    await first;
    await settle();
    expect(server.saves.map((s) => s.input.version)).toEqual([2, 3]);
    server.saves[1]?.answer(server.ok(4));
    await second;
    expect(draft.getState()).toMatchObject({ version: 4, dirty: false, status: { kind: "saved" } });
  });

  it("stops autosaving on a conflict until the user chooses, then overwrites on their version", async () => {
    const server = fakeServer();
    const draft = session(server, 5);
    const saving = draft.save({ force: true });
    await settle();
    server.saves[0]?.answer({ ok: false, message: "已被他人修改", conflict: theirs });
    await saving;
    draft.update({ summary: "我的内容" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(server.saves).toHaveLength(1);
    expect(draft.getState().status).toEqual({ kind: "error", message: DRAFT_MESSAGES.conflictPaused });

    draft.keepMine();
    await settle();
    expect(server.saves[1]?.input).toMatchObject({ summary: "我的内容", version: 9 });
    server.saves[1]?.answer(server.ok(10));
    await settle();
    expect(draft.getState()).toMatchObject({ conflict: null, version: 10, status: { kind: "saved", auto: false } });
  });

  it("says the draft is not saved when the network fails, and saves it when the page is hidden", async () => {
    const server = fakeServer();
    const draft = session(server, 1);
    draft.update({ summary: "写了一半" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    server.saves[0]?.answer(new Error("fetch failed"));
    await settle();
    expect(draft.getState()).toMatchObject({ dirty: true, status: { kind: "error", message: DRAFT_MESSAGES.saveOffline } });

    const doc = new EventTarget() as EventTarget & { visibilityState: string };
    doc.visibilityState = "hidden";
    const stop = draft.watchVisibility(doc as unknown as Document);
    doc.dispatchEvent(new Event("visibilitychange"));
    await settle();
    expect(server.saves.map((s) => s.input.summary)).toEqual(["写了一半", "写了一半"]);
    stop();
  });

  it("creates the report before an upload, and refuses the upload during a conflict", async () => {
    const server = fakeServer();
    const draft = session(server, 0);
    const ensured = draft.ensureReport();
    await settle();
    server.saves[0]?.answer(server.ok(1));
    expect(await ensured).toBe(true);

    const conflicted = session(server, 3);
    const saving = conflicted.save({ force: true });
    await settle();
    server.saves[1]?.answer({ ok: false, message: "已被他人修改", conflict: theirs });
    await saving;
    expect(await conflicted.ensureReport()).toBe(false);
    expect(server.saves).toHaveLength(2);
  });
});

describe("submit", () => {
  it("asks for the summary and sends nothing without it", async () => {
    const server = fakeServer();
    const draft = session(server, 1);
    expect(await draft.submit()).toEqual({ ok: false });
    expect(server.submits).toHaveLength(0);
    expect(draft.getState().submitError).toBe(DRAFT_MESSAGES.submitNeedsSummary);
  });

  it("waits for a running save and submits on its version, then saves nothing more", async () => {
    const server = fakeServer();
    const draft = session(server, 1);
    draft.update({ summary: "完成了培训" });
    const saving = draft.save();
    const submitting = draft.submit();
    await settle();
    expect(server.submits).toHaveLength(0);
    server.saves[0]?.answer(server.ok(2));
    await saving;
    expect(await submitting).toEqual({ ok: true, message: "已提交，等待教育局审核" });
    expect(server.submits[0]).toMatchObject({ summary: "完成了培训", version: 2 });
    draft.update({ summary: "提交后又改" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(server.saves).toHaveLength(1);
  });

  it("retries a lost submit with the same key, so the server can recognise it", async () => {
    const server = fakeServer();
    const draft = session(server, 1);
    draft.update({ summary: "完成了培训" });
    server.answerSubmitWith(() => Promise.reject(new Error("fetch failed")));
    expect(await draft.submit()).toEqual({ ok: false });
    expect(draft.getState()).toMatchObject({ submitting: false, submitError: DRAFT_MESSAGES.submitOffline });
    server.answerSubmitWith(async () => ({ ok: true, data: {}, message: "该报告已提交（重复提交已忽略）" }));
    expect(await draft.submit()).toMatchObject({ ok: true });
    expect(server.submits).toHaveLength(2);
    expect(server.submits[1]?.submitKey).toBe(server.submits[0]?.submitKey);
  });

  it("shows a refused actual next to its indicator", async () => {
    const server = fakeServer();
    const draft = session(server, 1);
    draft.update({ summary: "完成", actuals: { b: "abc" } });
    server.answerSubmitWith(async () => ({ ok: false, message: "提交的内容有误", fieldErrors: { "actuals.0.value": ["请输入数字"] } }));
    await draft.submit();
    expect(draft.getState().errors).toEqual({ "actual:b": ["请输入数字"] });
  });
});

describe("what the form sends", () => {
  const fields: DraftFields = { summary: "s", progress: " ", problems: "p", nextSteps: "n", actuals: { a: " ", b: " 12.5 " } };

  it("sends only filled actuals, trimmed, and an empty progress as 0", () => {
    expect(draftInput("slot-1", ["a", "b", "c"], fields, 4)).toEqual({
      slotId: "slot-1",
      summary: "s",
      progress: "0",
      problems: "p",
      nextSteps: "n",
      version: 4,
      actuals: [{ indicatorId: "b", value: "12.5", confirmed: false }],
    });
  });

  it("sends the reporter's 我已核实该数值 with the value it confirms", () => {
    const ticked = { ...fields, actuals: { a: "87.5", b: "" }, confirmed: { a: true, b: true } };
    expect(draftInput("slot-1", ["a", "b"], ticked, 1).actuals).toEqual([{ indicatorId: "a", value: "87.5", confirmed: true }]);
  });

  it("maps errors on the sent actuals back to their indicators and keeps the other fields' errors", () => {
    expect(formFieldErrors(["a", "b"], fields, { "actuals.0.value": ["请输入数字"], progress: ["进度须在0到100之间"] })).toEqual({
      "actual:b": ["请输入数字"],
      progress: ["进度须在0到100之间"],
    });
    expect(formFieldErrors(["a", "b"], fields, undefined)).toEqual({});
  });
});
