// The plan parser on the largest seed document, in-process: what an upload's
// preview costs its worker (lib/plans/import/plan-worker.ts) before any
// database work.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readPlanFile } from "@/lib/plans/import/read-document";
import { parsePlanDocument, type PlanSection } from "@/lib/plans/parser";
import { summarize, timeIterations, type Summary } from "./stats";

export const PARSE_DOCUMENT = "prisma/seed/documents/xingqing-14th-five-year-plan.txt";

export async function measureParse(): Promise<{ latency: Summary; bytes: number; tasks: number; rps: number }> {
  const bytes = new Uint8Array(await readFile(path.resolve(PARSE_DOCUMENT)));
  const { document: doc, parsed } = await readPlanFile(path.basename(PARSE_DOCUMENT), bytes);
  const count = (sections: PlanSection[]): number => sections.reduce((n, s) => n + s.tasks.length + count(s.sections), 0);
  const tasks = count(parsed.sections);
  const samples = await timeIterations(() => parsePlanDocument(doc), { warmup: 5, iterations: 200, maxMs: 20_000 });
  const latency = summarize(samples);
  return { latency, bytes: bytes.byteLength, tasks, rps: 1000 / latency.mean };
}
