// Parses an uploaded file in a worker thread whose heap and time are bounded
// on their own (DESIGN.md: untrusted files fail alone). A file that makes its
// parser exhaust the heap or run past its time ends the worker, the user reads
// a Chinese refusal, and the web process keeps its heap and keeps answering.
// An archive passes archive-limits.ts here first, so no reader can skip the gate.
import { Worker, type WorkerOptions } from "node:worker_threads";
import { UserFacingError } from "@/lib/errors";
import { assertArchiveWithinLimits } from "./archive-limits";
import { HEIC_MESSAGES, UNTRUSTED_FILE_MESSAGES as M } from "./messages";
import {
  ARCHIVE_JOBS,
  HEIC_LIMITS,
  MAX_DOCUMENT_CHARS,
  MAX_SHEET_CELLS,
  type HeicLimits,
  type JobLimits,
  type ParseJobName,
  type ParseJobs,
  type WorkerReply,
} from "./parse-jobs";

/**
 * heapMb: exceljs needs under 64 MB for the 5 000-row ledger, the streaming
 * .docx reader a few MB for a 200-page plan (mammoth, before it, ~190 MB),
 * pdf.js under 96 MB for a 61-page PDF with tables (bench/lib/parse-pdf.ts,
 * ~1.3 s of CPU: the 10 s bound leaves room for a few hundred pages, and the
 * 5 MB upload limit comes first); 384 MB (the web process's own limit) leaves
 * room for what nobody measured. A 12 MP HEIC photo takes ~3 s of CPU to become a JPEG, its
 * pixels outside the heap (HEIC_LIMITS in parse-jobs.ts). timeoutMs + queueWaitMs stay under the 15 s tenant transaction
 * the actions parse in, so a refusal arrives as itself, not as a rolled-back
 * transaction. One parse at a time: at worst one more heap and one core busy,
 * the other core left to the web process; a few uploads wait their turn.
 */
export const PARSE_LIMITS = { heapMb: 384, youngMb: 32, timeoutMs: 10_000, concurrent: 1, queueWaitMs: 3_000, maxQueued: 4 } as const;

export interface IsolatedOptions {
  /** The reader's own words for a file its parser cannot read. */
  unreadable: string;
  /** Its words for a file that ran out of heap or time (else UNTRUSTED_FILE_MESSAGES.tooComplex). */
  tooComplex?: string;
  /** Tighter bounds, for tests of the bounds themselves. */
  heapMb?: number;
  timeoutMs?: number;
  heic?: HeicLimits;
}

/** A worker entry and what its run needs before it starts. */
export interface WorkerEntry {
  /**
   * Starts the entry. Each caller writes `new Worker(new URL("./entry",
   * import.meta.url), { execArgv, resourceLimits })` itself: that form, the
   * options an object literal, is what Turbopack bundles as a worker entry.
   */
  start: (options: Pick<WorkerOptions, "execArgv" | "resourceLimits">) => Worker;
  /** The entry is a .ts file (see TYPESCRIPT_LOADER). */
  typeScript: boolean;
  /** The bytes are a zip archive: the gate runs before the worker starts. */
  archive: boolean;
}

/**
 * Run from source (vitest, tsx scripts), a TypeScript entry needs tsx's
 * loader in its thread. Next's server bundle has the entry compiled and
 * NEXT_RUNTIME inlined at build time, so it never starts one with a loader.
 */
const TYPESCRIPT_LOADER = process.env.NEXT_RUNTIME ? [] : ["--import", "tsx"];

const PARSE_WORKER: Omit<WorkerEntry, "archive"> = {
  start: ({ execArgv, resourceLimits }) => new Worker(new URL("./parse-worker.mjs", import.meta.url), { execArgv, resourceLimits }),
  typeScript: false,
};

export function parseIsolated<J extends ParseJobName>(job: J, bytes: Uint8Array, options: IsolatedOptions): Promise<ParseJobs[J]> {
  return runIsolated<ParseJobs[J]>({ ...PARSE_WORKER, archive: ARCHIVE_JOBS[job] }, { job }, bytes, options);
}

/**
 * Sends `message` and a copy of `bytes` (as `bytes`, with the limits) to a
 * fresh worker of `entry`, bounded like every parse, and answers with its
 * value, or its refusal as a UserFacingError.
 */
export async function runIsolated<T>(entry: WorkerEntry, message: object, bytes: Uint8Array, options: IsolatedOptions): Promise<T> {
  if (entry.archive) await assertArchiveWithinLimits(bytes, { unreadable: options.unreadable });
  const release = await acquireSlot();
  try {
    return await runWorker<T>(entry, message, bytes, options);
  } finally {
    release();
  }
}

function runWorker<T>(entry: WorkerEntry, message: object, bytes: Uint8Array, options: IsolatedOptions): Promise<T> {
  // Transfer a copy (not Buffer#slice, which is a view): the caller keeps its
  // bytes, and a pooled ArrayBuffer shared with other Buffers is never detached.
  const copy = new Uint8Array(bytes);
  const worker = entry.start({
    execArgv: entry.typeScript ? TYPESCRIPT_LOADER : [],
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? PARSE_LIMITS.heapMb, maxYoungGenerationSizeMb: PARSE_LIMITS.youngMb },
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    // The answer waits for the thread to end, so the slot is not given to the
    // next file while a timed-out parse still holds a core.
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().finally(outcome);
    };
    const tooComplex = options.tooComplex ?? M.tooComplex;
    const timer = setTimeout(() => settle(() => reject(new UserFacingError(tooComplex))), options.timeoutMs ?? PARSE_LIMITS.timeoutMs);
    worker.once("message", (reply: WorkerReply<T>) => settle(() => (reply.ok ? resolve(reply.value) : reject(refusal(reply, options)))));
    worker.once("error", (err) => settle(() => reject(workerFailure(err, tooComplex))));
    worker.once("exit", (code) => settle(() => reject(new Error(`parse worker exited with code ${code} before answering`))));
    const limits: JobLimits = { maxCells: MAX_SHEET_CELLS, maxChars: MAX_DOCUMENT_CHARS, heic: options.heic ?? HEIC_LIMITS };
    worker.postMessage({ ...message, bytes: copy, limits }, [copy.buffer]);
  });
}

function refusal(reply: Extract<WorkerReply<unknown>, { ok: false }>, options: IsolatedOptions): Error {
  if (reply.reason === "refused" && reply.detail) return new UserFacingError(reply.detail);
  if (reply.reason === "unreadable") return new UserFacingError(options.unreadable);
  if (reply.reason === "tooManyCells") return new UserFacingError(M.tooManyCells(MAX_SHEET_CELLS));
  if (reply.reason === "tooMuchText") return new UserFacingError(M.tooMuchText(MAX_DOCUMENT_CHARS));
  if (reply.reason === "tooManyPixels") return new UserFacingError(HEIC_MESSAGES.tooManyPixels((options.heic ?? HEIC_LIMITS).maxPixels));
  if (reply.reason === "tooComplex") return new UserFacingError(options.tooComplex ?? M.tooComplex);
  if (reply.reason === "passwordProtected") return new UserFacingError(M.passwordProtected);
  return new Error(`parse worker: ${reply.detail ?? reply.reason}`);
}

/** A worker that cannot start is the deployment's fault (logged, answered generically); anything else, the file's. */
const STARTUP_FAILURES = new Set(["ERR_WORKER_PATH", "ERR_WORKER_INIT_FAILED", "ERR_MODULE_NOT_FOUND", "ERR_UNKNOWN_FILE_EXTENSION"]);

function workerFailure(err: Error & { code?: string }, tooComplex: string): Error {
  if (err.code && STARTUP_FAILURES.has(err.code)) return new Error(`parse worker could not start: ${err.message}`, { cause: err });
  if (err.code !== "ERR_WORKER_OUT_OF_MEMORY") console.warn("[files] parse worker failed on an upload", err);
  return new UserFacingError(tooComplex);
}

/** Process-wide (Next may load this module more than once): parses running and waiting. */
const slots = ((globalThis as { eduplanParseSlots?: { running: number; waiting: (() => void)[] } }).eduplanParseSlots ??= {
  running: 0,
  waiting: [],
});

async function acquireSlot(): Promise<() => void> {
  const release = () => {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.running--;
  };
  if (slots.running < PARSE_LIMITS.concurrent) {
    slots.running++;
    return release;
  }
  if (slots.waiting.length >= PARSE_LIMITS.maxQueued) throw new UserFacingError(M.busy);
  return new Promise((resolve, reject) => {
    const turn = () => {
      clearTimeout(timer);
      resolve(release);
    };
    const timer = setTimeout(() => {
      slots.waiting.splice(slots.waiting.indexOf(turn), 1);
      reject(new UserFacingError(M.busy));
    }, PARSE_LIMITS.queueWaitMs);
    slots.waiting.push(turn);
  });
}
