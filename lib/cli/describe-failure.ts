// One line of Chinese for anything that stops a command: our own refusals as
// they are, the database's usual ways of being unreachable named plainly, and
// anything else by its first line — never a stack trace.
import { UserFacingError } from "@/lib/errors";

const BY_CODE: Record<string, (detail: string) => string> = {
  // Prisma's own names for the same (its schema engine and client report these).
  P1001: (d) => `无法连接数据库（${d}）：数据库没有运行，或 DATABASE_URL 的地址、端口有误`,
  P1000: () => "数据库拒绝登录：用户名或密码错误（请检查 DATABASE_URL）",
  P1003: () => "DATABASE_URL 指定的数据库不存在",
  ECONNREFUSED: (d) => `无法连接数据库（${d}）：数据库没有运行，或 DATABASE_URL 的地址、端口有误`,
  ENOTFOUND: (d) => `找不到数据库主机（${d}）：请检查 DATABASE_URL`,
  ETIMEDOUT: (d) => `连接数据库超时（${d}）`,
  "28P01": () => "数据库拒绝登录：用户名或密码错误（请检查 DATABASE_URL）",
  "3D000": () => "DATABASE_URL 指定的数据库不存在",
  "42501": () => "数据库账号权限不足：命令需要表的所有者或超级用户（DATABASE_URL）",
};

/** The error itself or any of its causes carrying a known code (pg, Node, Prisma's driver adapter). */
function knownCode(err: unknown): { code: string; detail: string } | null {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 6; depth++) {
    const code = typeof e.code === "string" ? e.code : typeof e.originalCode === "string" ? e.originalCode : undefined;
    if (code && BY_CODE[code]) return { code, detail: [e.address, e.port].filter(Boolean).join(":") || String(e.hostname ?? "") || quotedAddress(e.message) };
    const adapter = (e.meta as { driverAdapterError?: { cause?: Record<string, unknown> } } | undefined)?.driverAdapterError?.cause;
    e = (adapter ?? e.cause) as Record<string, unknown> | undefined;
  }
  return null;
}

/** Prisma names the server in backquotes: "Can't reach database server at `127.0.0.1:5432`". */
function quotedAddress(message: unknown): string {
  return (typeof message === "string" && /`([^`]+)`/.exec(message)?.[1]) || "";
}

/** The schema engine (migrations, WebAssembly) throws plain Errors: known by their text. */
const BY_MESSAGE: [RegExp, string][] = [
  [/Can't reach database server/, "P1001"],
  [/Authentication failed/i, "P1000"],
  [/Database `[^`]*` does not exist/, "P1003"],
];

export function describeFailure(err: unknown): string {
  if (err instanceof UserFacingError) return err.message;
  const known = knownCode(err);
  if (known) return BY_CODE[known.code]!(known.detail);
  const message = err instanceof Error ? err.message : String(err);
  const byText = BY_MESSAGE.find(([pattern]) => pattern.test(message));
  if (byText) return BY_CODE[byText[1]]!(quotedAddress(message));
  return (
    message
      .split("\n")
      .find((line) => line.trim())
      ?.trim() ?? "未知错误"
  );
}
