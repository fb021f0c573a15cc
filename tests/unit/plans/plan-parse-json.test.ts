// `plan:parse --json` carries each task's deadline as written, its date and ongoing.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("plan:parse --json", () => {
  it("prints deadline, dueDate and ongoing per task", { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "plan-parse-"));
    try {
      const file = path.join(dir, "要点.txt");
      await writeFile(
        file,
        "测试区教育局2025年工作要点\n\n一、办好学前教育\n1.扩大普惠资源\n工作举措：新建幼儿园3所。\n完成时限：2025年12月底\n2.加强师德师风建设\n工作举措：开展师德专题教育。\n完成时限：常态化\n3.推进集团化办学\n工作举措：组建教育集团2个。\n",
      );
      const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/plan-parse.ts", file, "--json"], { timeout: 60_000 });
      const tasks = JSON.parse(stdout).sections[0].tasks;
      expect(tasks.map((t: Record<string, unknown>) => [t.deadline, t.dueDate, t.ongoing])).toEqual([
        ["2025年12月底", "2025-12-31", false],
        ["常态化", null, true],
        [null, null, false],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
