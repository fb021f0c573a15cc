// The one error map: what a handler throws becomes the same kind, status and
// message for a server action and a route handler alike.
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAILURE_MESSAGES, FAILURE_STATUS, failureOf } from "@/lib/auth/failure";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";

class DraftConflict extends ConflictError<{ version: number }> {}

describe("failureOf", () => {
  afterEach(() => vi.restoreAllMocks());

  it("maps each typed error to its kind and HTTP status", () => {
    const cases = [
      [new NotFoundError("规划不存在或无权访问"), "notFound", 404],
      [new ConflictError("该任务已被他人修改"), "conflict", 409],
      [new UserFacingError("该报告已提交，等待审核，不能修改"), "refused", 422],
    ] as const;
    for (const [err, kind, status] of cases) {
      const f = failureOf(err, "test");
      expect({ kind: f.kind, status: FAILURE_STATUS[f.kind], message: f.message }).toEqual({ kind, status, message: err.message });
    }
    expect([FAILURE_STATUS.invalid, FAILURE_STATUS.signedOut, FAILURE_STATUS.forbidden]).toEqual([400, 401, 403]);
  });

  it("carries a refusal's field errors", () => {
    const f = failureOf(new UserFacingError("所选单位不存在", { orgUnitId: ["所选单位不存在"] }), "test");
    expect(f.fieldErrors).toEqual({ orgUnitId: ["所选单位不存在"] });
  });

  it("passes the other person's version only for the conflict class the wrapper declared", () => {
    const theirs = { version: 7 };
    expect(failureOf(new DraftConflict("已被他人修改", theirs), "test", DraftConflict).conflict).toBe(theirs);
    expect(failureOf(new ConflictError("该用户名已被使用", { secret: 1 }), "test", DraftConflict)).not.toHaveProperty("conflict");
    expect(failureOf(new DraftConflict("已被他人修改", theirs), "test")).not.toHaveProperty("conflict");
  });

  it("answers anything else generically, logging it instead of showing its text", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const f = failureOf(new Error('relation "users" does not exist at /srv/app.js:12'), "tenant");
    expect(f).toEqual({ kind: "failed", message: FAILURE_MESSAGES.failed });
    expect(FAILURE_STATUS[f.kind]).toBe(500);
    expect(log).toHaveBeenCalledWith("[tenant] unexpected failure", expect.any(Error));
  });
});
