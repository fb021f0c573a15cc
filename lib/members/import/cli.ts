// `npm run users:import -- --tenant <code> <file.xlsx> [--json]` without its
// connection (scripts/users-import.ts opens it as the other commands do), so
// tests call it on their own database. It runs the same import as the members
// page, as the operator (no user: audit events name none), in one
// tenant-scoped transaction. Exit code 0 when the import ran, whatever rows
// were refused; 1 when the file or tenant was refused (nothing written); 2 for usage.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MEMBER_IMPORT_OUTCOME_LABELS } from "@/lib/vocabulary";
import { importMembers, type MemberImportResult } from "./import-members";
import { readMembersSheet } from "./read-members-sheet";
import { summarise } from "./run-import";

export const USAGE = "用法：npm run users:import -- --tenant <区县代码> <账号.xlsx> [--json]";

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export function parseArgs(argv: string[]): { tenant: string; file: string; json: boolean } | null {
  const at = argv.indexOf("--tenant");
  const tenant = at >= 0 ? argv[at + 1] : undefined;
  const files = argv.filter((a, i) => !a.startsWith("--") && i !== at + 1);
  if (!tenant || tenant.startsWith("--") || files.length !== 1 || argv.some((a) => a.startsWith("--") && !["--tenant", "--json"].includes(a))) return null;
  return { tenant, file: files[0]!, json: argv.includes("--json") };
}

export async function importMembersFile(db: PrismaClient, tenantCode: string, fileName: string, bytes: Uint8Array): Promise<MemberImportResult[]> {
  const tenant = await db.tenant.findUnique({ where: { code: tenantCode }, select: { id: true, kind: true } });
  if (!tenant || tenant.kind !== "bureau") throw new NotFoundError(`没有代码为 ${tenantCode} 的区县教育局`);
  const sheet = await readMembersSheet(bytes);
  return openTenantTransaction(
    db,
    { tenantId: tenant.id, userId: null },
    (tx) => importMembers(tx, { userId: null, tenant: { tenantId: tenant.id } }, sheet, fileName),
    {
      timeoutMs: 60_000,
    },
  );
}

function describe(r: MemberImportResult): string {
  const head = `第 ${r.row} 行 ${r.username || "（无用户名）"}：${MEMBER_IMPORT_OUTCOME_LABELS[r.result]}`;
  if (r.password) return `${head}，一次性密码 ${r.password}`;
  return r.reason ? `${head}，${r.reason}` : head;
}

export async function runUsersImportCli(argv: string[], db: PrismaClient, io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    io.err(USAGE);
    return 2;
  }
  let results: MemberImportResult[];
  try {
    results = await importMembersFile(db, args.tenant, path.basename(args.file), new Uint8Array(await readFile(args.file)));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") io.err(`无法读取文件：${args.file}`);
    else if (err instanceof UserFacingError || err instanceof NotFoundError) io.err(err.message);
    else io.err(`导入失败：${(err as Error).message}`);
    return 1;
  }
  if (args.json) {
    io.out(JSON.stringify(results));
  } else {
    for (const r of results) io.out(describe(r));
    io.out(summarise(results).message.replace("原因见下表", "原因见上"));
    if (results.some((r) => r.password)) io.out("一次性密码只显示这一次：请转交各账号本人，首次登录须修改密码。");
  }
  return 0;
}
