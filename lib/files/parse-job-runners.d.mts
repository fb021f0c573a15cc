// Types of parse-job-runners.mjs (plain JavaScript so a worker can load it as it is).
import type { JobLimits, ParseJobName, ParseJobs, WorkerReply } from "./parse-jobs";

export function runParseJob<J extends ParseJobName>(
  job: J,
  bytes: Uint8Array,
  limits: JobLimits,
): Promise<{ reply: WorkerReply<ParseJobs[J]>; transfer: ArrayBuffer[] }>;
