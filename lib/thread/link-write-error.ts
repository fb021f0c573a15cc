// The database's own guarantees, worded: the composite (tenant_id, id) foreign
// keys refuse a target of another bureau or one deleted meanwhile, and the
// per-target unique indexes a second link to the same item (decision 0036).
import { ConflictError, UserFacingError } from "@/lib/errors";
import { THREAD_MESSAGES as M } from "./messages";

export function linkWriteError(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "P2003" || code === "23503") return new UserFacingError(M.targetGone);
  if (code === "P2002" || code === "23505") return new ConflictError("该任务已关联到这一五年规划事项，请刷新后查看");
  return err;
}
