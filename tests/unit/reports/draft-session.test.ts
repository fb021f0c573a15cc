import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReportVersion } from "@/lib/reports/report-conflict";
import type { ActionResult } from "@/lib/auth/action";
import { draftInput, formFieldErrors, type DraftInput } from "@/components/reports/draft-input";
import { AUTOSAVE_MS, DraftSession, type DraftActions } from "@/components/reports/draft-session";
import { DRAFT_MESSAGES, type DraftFields } from "@/components/reports/draft-state";
import { localDraftStore } from "@/components/reports/draft-local";
import { FAILURE_MESSAGES } from "@/lib/auth/failure";

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

describe("a session that ended while typing", () => {
  const signedOut: SaveResult = { ok: false, message: FAILURE_MESSAGES.signedOut };

  it("says so once: autosave stops asking, typing keeps the notice, an explicit save tries again", async () => {
    const server = fakeServer();
    const draft = session(server, 3);
    draft.update({ summary: "本期完成" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    server.saves[0]!.answer(signedOut);
    await settle();
    expect(draft.getState()).toMatchObject({ signedOut: true, status: { kind: "signedOut" }, dirty: true });

    draft.update({ summary: "本期完成了三项" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
    expect(server.saves).toHaveLength(1);
    expect(draft.getState().status).toEqual({ kind: "signedOut" });

    const retry = draft.save({ force: true, auto: false });
    await settle();
    server.saves[1]!.answer(server.ok(4));
    await retry;
    expect(draft.getState()).toMatchObject({ signedOut: false, version: 4, status: { kind: "saved" } });
  });

  it("a refused submit shows the sign-in notice, not a second error", async () => {
    const server = fakeServer();
    server.answerSubmitWith(async () => ({ ok: false, message: FAILURE_MESSAGES.signedOut }));
    const draft = session(server, 3);
    draft.update({ summary: "本期完成" });
    const submitting = draft.submit();
    await settle();
    server.saves[0]?.answer(server.ok(4));
    await submitting;
    expect(draft.getState()).toMatchObject({ signedOut: true, submitError: null, submitting: false, status: { kind: "signedOut" } });
  });
});

describe("the copy on this device", () => {
  const storage = () => {
    const map = new Map<string, string>();
    return {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
      map,
    } as unknown as Storage & { map: Map<string, string> };
  };

  it("keeps every edit, and a form opened again gets the text back on the version it was typed on", async () => {
    const device = storage();
    const first = session(fakeServer(), 3);
    first.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    first.update({ summary: "写到一半的进展" });

    const server = fakeServer();
    const again = session(server, 3);
    again.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    expect(again.getState()).toMatchObject({ fields: { summary: "写到一半的进展" }, version: 3, dirty: true, status: { kind: "restored" } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(server.saves.map((s) => [s.input.summary, s.input.version])).toEqual([["写到一半的进展", 3]]);
  });

  it("is another user's or slot's business only under their own key", () => {
    const device = storage();
    const first = session(fakeServer(), 3);
    first.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    first.update({ summary: "甲的内容" });
    const other = session(fakeServer(), 3);
    other.attachLocal(localDraftStore(device, "user-2", "slot-1"));
    expect(other.getState().fields.summary).toBe("");
  });

  it("is dropped when the server already has the same text, and once the report is submitted", async () => {
    const device = storage();
    const first = session(fakeServer(), 3);
    first.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    first.update({ summary: "" });
    const same = session(fakeServer(), 3);
    same.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    expect(device.map.size).toBe(0);

    const server = fakeServer();
    const draft = session(server, 3);
    draft.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    draft.update({ summary: "完成" });
    expect(device.map.size).toBe(1);
    const submitting = draft.submit();
    await settle();
    server.saves[0]?.answer(server.ok(4));
    await submitting;
    expect(device.map.size).toBe(0);
  });

  it("unreadable storage is an empty one", () => {
    const device = storage();
    device.setItem("eduplan:report-draft:user-1:slot-1", "{not json");
    const draft = session(fakeServer(), 3);
    draft.attachLocal(localDraftStore(device, "user-1", "slot-1"));
    expect(draft.getState().status.kind).toBe("idle");
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
