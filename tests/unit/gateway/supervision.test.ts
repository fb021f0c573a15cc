import { describe, expect, it } from "vitest";
import { RestartBackoff } from "@/scripts/restart-backoff";
import { exitReason } from "@/scripts/web-process";

describe("restarting a web process that died", () => {
  it("waits 1 s, doubling to 30 s while it keeps dying, and starts over once it stayed up a minute", () => {
    let now = 0;
    const backoff = new RestartBackoff(1_000, 30_000, 60_000, () => now);
    const delays = Array.from({ length: 7 }, () => {
      backoff.started();
      now += 5_000;
      return backoff.next();
    });
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    backoff.started();
    now += 60_000;
    expect(backoff.next()).toBe(1_000);
  });

  it("names an out-of-memory death plainly in the log", () => {
    expect(exitReason(134, null, "<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")).toBe(
      "内存耗尽（JavaScript heap out of memory）",
    );
    expect(exitReason(null, "SIGKILL", "")).toBe("被信号 SIGKILL 终止");
    expect(exitReason(1, null, "Error: listen EADDRINUSE\n")).toBe("退出码 1：Error: listen EADDRINUSE");
  });
});
