"use client";
// The report form's state machine: debounced autosave, saves strictly one
// after another (each carries the version the previous one returned), a
// conflict stops autosaving until the user chooses, and submit reuses one key.
import { useEffect, useRef, useState } from "react";
import type { FieldErrors } from "@/lib/auth/action";
import { saveReportDraftAction, submitReportAction } from "@/lib/reports/actions";
import { newSubmitKey } from "./new-key";

export interface DraftFields {
  summary: string;
  progress: string;
  problems: string;
  nextSteps: string;
  actuals: Record<string, string>;
}

export interface ConflictView {
  summary: string;
  progress: number;
  problems: string;
  nextSteps: string;
  version: number;
  status: string;
  updatedAt: string | Date;
}

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; auto: boolean }
  | { kind: "adopted" }
  | { kind: "error"; message: string };

const AUTOSAVE_MS = 2000;

export function useReportDraft(opts: { slotId: string; initial: DraftFields; version: number; indicatorIds: string[]; lastSavedAt: string | null }) {
  const { slotId, indicatorIds } = opts;
  const [fields, setFields] = useState(opts.initial);
  const [status, setStatus] = useState<SaveStatus>(opts.lastSavedAt ? { kind: "saved", at: new Date(opts.lastSavedAt), auto: true } : { kind: "idle" });
  const [conflict, setConflictState] = useState<ConflictView | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const fieldsRef = useRef(opts.initial);
  const versionRef = useRef(opts.version);
  const dirtyRef = useRef(false);
  const conflictRef = useRef<ConflictView | null>(null);
  const doneRef = useRef(false);
  const submitKeyRef = useRef<string | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chainRef = useRef<Promise<void>>(Promise.resolve());

  const setConflict = (c: ConflictView | null) => {
    conflictRef.current = c;
    setConflictState(c);
  };

  function toInput(f: DraftFields) {
    const filled = indicatorIds.filter((id) => (f.actuals[id] ?? "").trim() !== "");
    const input = {
      slotId,
      summary: f.summary,
      progress: f.progress.trim() === "" ? "0" : f.progress,
      problems: f.problems,
      nextSteps: f.nextSteps,
      version: versionRef.current,
      actuals: filled.map((indicatorId) => ({ indicatorId, value: f.actuals[indicatorId]!.trim() })),
    };
    // zod reports actuals by array index; the form shows them by indicator.
    const mapErrors = (fe: FieldErrors | undefined): FieldErrors => {
      const out: FieldErrors = {};
      for (const [key, messages] of Object.entries(fe ?? {})) {
        const m = key.match(/^actuals\.(\d+)/);
        out[m ? `actual:${filled[Number(m[1])]}` : key] = messages;
      }
      return out;
    };
    return { input, mapErrors };
  }

  async function runSave(force: boolean, auto: boolean) {
    if (doneRef.current || conflictRef.current) return;
    if (!dirtyRef.current && !force) return;
    dirtyRef.current = false;
    setStatus({ kind: "saving" });
    const { input, mapErrors } = toInput(fieldsRef.current);
    try {
      const result = await saveReportDraftAction(input);
      if (result.ok) {
        versionRef.current = result.data.version;
        setErrors({});
        setStatus(dirtyRef.current ? { kind: "dirty" } : { kind: "saved", at: new Date(result.data.savedAt), auto });
        return;
      }
      dirtyRef.current = true;
      if (result.conflict) setConflict(result.conflict as ConflictView);
      setErrors(mapErrors(result.fieldErrors));
      // The conflict box above says the long version.
      setStatus({ kind: "error", message: result.conflict ? "内容有冲突，自动保存已暂停" : result.message });
    } catch {
      dirtyRef.current = true;
      setStatus({ kind: "error", message: "网络不稳定，草稿未保存；恢复网络后会再次保存" });
    }
  }

  /** Queues a save behind any running one, so versions never race. */
  function save(options: { force?: boolean; auto?: boolean } = {}): Promise<void> {
    clearTimeout(timerRef.current);
    const next = chainRef.current.then(() => runSave(options.force ?? false, options.auto ?? true));
    chainRef.current = next.catch(() => {});
    return next;
  }

  function update(patch: Partial<DraftFields>) {
    const next = { ...fieldsRef.current, ...patch };
    fieldsRef.current = next;
    setFields(next);
    dirtyRef.current = true;
    if (!conflictRef.current) setStatus({ kind: "dirty" });
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void save(), AUTOSAVE_MS);
  }

  /** The report must exist before an upload, or the upload creates it behind the form's back. */
  async function ensureReport(): Promise<boolean> {
    if (versionRef.current === 0) await save({ force: true });
    else await chainRef.current;
    return versionRef.current > 0 && !conflictRef.current;
  }

  function adoptTheirs() {
    const c = conflictRef.current;
    if (!c) return;
    const next = { ...fieldsRef.current, summary: c.summary, progress: String(c.progress), problems: c.problems, nextSteps: c.nextSteps };
    fieldsRef.current = next;
    setFields(next);
    versionRef.current = c.version;
    dirtyRef.current = false;
    setConflict(null);
    setErrors({});
    setStatus({ kind: "adopted" });
  }

  /** Explicit choice to overwrite: take their version number and save ours on top. */
  function keepMine() {
    const c = conflictRef.current;
    if (!c) return;
    versionRef.current = c.version;
    setConflict(null);
    void save({ force: true, auto: false });
  }

  async function submit(): Promise<{ ok: boolean; message?: string }> {
    if (submitting || doneRef.current) return { ok: false };
    setSubmitError(null);
    if (!fieldsRef.current.summary.trim()) {
      setErrors({ summary: ["请填写工作进展"] });
      setSubmitError("请填写工作进展后再提交");
      return { ok: false };
    }
    setSubmitting(true);
    clearTimeout(timerRef.current);
    await chainRef.current;
    if (conflictRef.current) {
      setSubmitting(false);
      setSubmitError("内容有冲突：请先在上方选择使用哪一份内容");
      return { ok: false };
    }
    submitKeyRef.current ??= newSubmitKey();
    const { input, mapErrors } = toInput(fieldsRef.current);
    try {
      const result = await submitReportAction({ ...input, submitKey: submitKeyRef.current });
      if (result.ok) {
        doneRef.current = true;
        dirtyRef.current = false;
        return { ok: true, message: result.message };
      }
      if (result.conflict) setConflict(result.conflict as ConflictView);
      setErrors(mapErrors(result.fieldErrors));
      setSubmitError(result.message);
    } catch {
      // Same key on the next try: if this one did reach the server, the retry is recognised.
      setSubmitError("网络不稳定，未确认提交结果；请再点一次“提交”，不会重复提交");
    }
    setSubmitting(false);
    return { ok: false };
  }

  useEffect(() => {
    // WeChat users switch apps mid-sentence: save when the page is hidden.
    const onHide = () => {
      if (document.visibilityState === "hidden" && dirtyRef.current) void save();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      clearTimeout(timerRef.current);
    };
    // save reads only refs and stable props: registering once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    fields,
    update,
    save,
    submit,
    status,
    conflict,
    adoptTheirs,
    keepMine,
    errors,
    submitting,
    submitError,
    ensureReport,
    isDirty: () => dirtyRef.current,
  };
}
