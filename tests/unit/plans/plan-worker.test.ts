// A plan file is read, rebuilt and parsed in one bounded worker
// (lib/plans/import/plan-worker.ts): however long a document's parse takes,
// the web process's event loop keeps answering other users, and a parse that
// outruns the time bound is refused in Chinese like a reader that does.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { UNTRUSTED_FILE_MESSAGES } from "@/lib/files/messages";
import { MAX_DOCUMENT_CHARS } from "@/lib/files/parse-jobs";
import { readPlanFile } from "@/lib/plans/import/read-document";

/** A 工作要点 of numbered tasks with units and deadlines, close to the size limit. */
function longPlan(): Uint8Array {
  const lines = ["某县教育局2025年教育工作要点", "一、重点任务"];
  for (let n = 1, chars = 0; chars < MAX_DOCUMENT_CHARS * 0.9; n++) {
    const line = `${n}. 推进第${n}所学校标准化建设，新增学位${n}个，普惠性学前教育覆盖率达到86%。（责任单位：基础教育科；完成时限：2025年12月底）`;
    lines.push(line);
    chars += line.length + 1;
  }
  return new TextEncoder().encode(lines.join("\n"));
}

describe("a plan file's reading and parse", { timeout: 60_000 }, () => {
  it("run beside the web process's event loop, not on it", async () => {
    const bytes = longPlan();
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const { parsed } = await readPlanFile("要点.txt", bytes);
    const wall = performance.now() - started;
    const loop = performance.eventLoopUtilization(before);
    expect(parsed.sections[0]?.tasks.length).toBeGreaterThan(900);
    // This thread only posted the bytes and took the answer: the parse itself,
    // hundreds of milliseconds of it, ran in the worker.
    expect(wall).toBeGreaterThan(200);
    expect(loop.utilization).toBeLessThan(0.35);
  });

  it("is refused in Chinese when it outruns its time, as a reader is", async () => {
    await expect(readPlanFile("要点.txt", longPlan(), { timeoutMs: 50 })).rejects.toThrow(UNTRUSTED_FILE_MESSAGES.tooComplex);
  });
});
