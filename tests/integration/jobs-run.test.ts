// `npm run jobs:run -- <job>` (issue 14, point 8): each contract name runs its
// job now and answers one line; an unknown name is a usage error (exit 2).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { JOBS, JOBS_BY_NAME, runJobByName } from "@/lib/jobs/jobs-by-name";
import { QUEUES } from "@/lib/jobs/queue";
import { ownerDb } from "@/tests/support/db";
import { openPeriodFor } from "@/tests/support/reporting";

const run = promisify(execFile);
const jobsRun = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/jobs-run.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.TEST_OWNER_DATABASE_URL!, APP_DATABASE_URL: process.env.APP_DATABASE_URL! },
    timeout: 90_000,
  });

describe("npm run jobs:run", () => {
  it("knows exactly the contract's names", () => {
    expect(Object.keys(JOBS_BY_NAME).sort()).toEqual(["deadline-lights", "deliver-outbox", "digests", "open-periods", "overdue"]);
  });

  it("has one job per queue, the worker's and jobs:run's alike", () => {
    expect(JOBS.map((j) => j.queue).sort()).toEqual(Object.values(QUEUES).sort());
  });

  it("runs each job by its name and answers one line with what it did", async () => {
    await openPeriodFor("jinfeng", /教育工作要点/);
    // Past due: today's overdue marking has something to mark.
    await ownerDb().reportSlot.updateMany({ data: { dueOn: new Date("2020-01-31T00:00:00Z") } });
    const lines: Record<string, string> = {};
    for (const name of Object.keys(JOBS_BY_NAME)) lines[name] = (await runJobByName(name, getPrisma()))!;
    expect(lines.overdue).toMatch(/^overdue：已标记逾期的填报任务 [1-9]\d* 项$/);
    expect(await ownerDb().reportSlot.count({ where: { overdueMarkedAt: null, dueOn: new Date("2020-01-31T00:00:00Z") } })).toBe(0);
    expect(lines["deadline-lights"]).toMatch(/^deadline-lights：已发送逾期提醒 \d+ 条$/);
    expect(lines.digests).toMatch(/^digests：已发送每日待办提醒 [1-9]\d* 人$/);
    expect(await ownerDb().inboxMessage.count({ where: { kind: "digest" } })).toBeGreaterThan(0);
    expect(lines["open-periods"]).toMatch(/^open-periods：已开启填报任务 \d+ 项$/);
    expect(lines["deliver-outbox"]).toBe("deliver-outbox：已发送 0 条，待重试 0 条，失败 0 条");
    // Run again at once: idempotent, nothing new.
    expect(await runJobByName("digests", getPrisma())).toBe("digests：已发送每日待办提醒 0 人");
    expect(await runJobByName("nonsense", getPrisma())).toBeNull();
    expect(await runJobByName("toString", getPrisma())).toBeNull();
  });

  it("as a command: a job's line on stdout; an unknown name exits 2 with the usage in Chinese", { timeout: 120_000 }, async () => {
    const ok = await jobsRun(["overdue"]);
    expect(ok.stdout.trim()).toMatch(/^overdue：已标记逾期的填报任务 \d+ 项$/);
    const unknown = await jobsRun(["send-everything"]).catch((err: { code: number; stdout: string; stderr: string }) => err);
    expect(unknown).toMatchObject({ code: 2 });
    const stderr = (unknown as { stderr: string }).stderr;
    expect(stderr).toContain("没有名为 send-everything 的任务");
    expect(stderr).toContain("用法：npm run jobs:run -- <任务名>");
    expect(stderr).toContain("overdue、deadline-lights、digests、open-periods、deliver-outbox");
  });
});
