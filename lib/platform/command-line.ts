// The command-line faces of the platform (scripts/platform-admin.ts,
// scripts/tenant-create.ts): arguments in, the lines to print out. Kept here,
// apart from process and database plumbing, so tests call them directly.
import "server-only";
import { parseArgs } from "node:util";
import { UsageError } from "@/lib/cli/run-command";
import { UserFacingError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runTransaction } from "@/lib/db/one-connection";
import { passwordSchema, usernameSchema } from "@/lib/members/schemas";
import { TENANT_KIND_LABELS } from "@/lib/vocabulary";
import { createTenant } from "./create-tenant";
import { ensurePlatformAdmin } from "./ensure-platform-admin";
import { createTenantSchema } from "./schemas";
import "@/lib/validation/zod-locale";

export const PLATFORM_ADMIN_USAGE = "用法：npm run platform:admin -- --username <用户名> [--password-stdin]";
export const TENANT_CREATE_USAGE =
  "用法：npm run tenant:create -- --code <代码> --name <名称> --kind bureau|city [--parent <上级市代码>] --admin <管理员用户名> [--password-stdin]";

function parse<T extends Record<string, { type: "string" | "boolean" }>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch {
    throw new UsageError(usage);
  }
}

/** A zod failure as one line: the first message of each field. */
function firstIssues(error: { issues: { message: string }[] }): string {
  return error.issues.map((i) => i.message).join("；");
}

/** The password typed on stdin (--password-stdin): the operator's choice, held to the same policy as any other. */
function stdinPassword(text: string): string {
  const parsed = passwordSchema.safeParse(text.replace(/\r?\n$/, ""));
  if (!parsed.success) throw new UserFacingError(`标准输入中的密码不可用：${firstIssues(parsed.error)}`);
  return parsed.data;
}

function passwordLines(username: string, oneTimePassword: string | null): string[] {
  return oneTimePassword
    ? [`用户名：${username}`, `一次性密码：${oneTimePassword}`, "（只显示这一次；首次登录后须修改密码）"]
    : [`用户名：${username}`, "密码：标准输入中给出的密码"];
}

export async function platformAdminCommand(owner: PrismaClient, argv: string[], readStdin: () => Promise<string>): Promise<string[]> {
  const values = parse(argv, { username: { type: "string" }, "password-stdin": { type: "boolean" } }, PLATFORM_ADMIN_USAGE);
  if (!values.username) throw new UsageError(PLATFORM_ADMIN_USAGE);
  const username = usernameSchema.safeParse(values.username);
  if (!username.success) throw new UserFacingError(firstIssues(username.error));
  const password = values["password-stdin"] ? stdinPassword(await readStdin()) : undefined;
  const result = await ensurePlatformAdmin(owner, { username: username.data, password });
  return [result.created ? "已创建平台管理员" : "已重置平台管理员的密码（原登录会话已结束）", ...passwordLines(result.username, result.oneTimePassword)];
}

export async function tenantCreateCommand(owner: PrismaClient, argv: string[], readStdin: () => Promise<string>): Promise<string[]> {
  const values = parse(
    argv,
    {
      code: { type: "string" },
      name: { type: "string" },
      kind: { type: "string" },
      parent: { type: "string" },
      admin: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
    TENANT_CREATE_USAGE,
  );
  if (!values.code || !values.name || !values.kind || !values.admin) throw new UsageError(TENANT_CREATE_USAGE);
  const input = createTenantSchema.safeParse({
    code: values.code,
    name: values.name,
    kind: values.kind,
    parentCode: values.parent,
    adminUsername: values.admin,
  });
  if (!input.success) throw new UserFacingError(firstIssues(input.error));
  const adminPassword = values["password-stdin"] ? stdinPassword(await readStdin()) : undefined;
  // The owner's transaction; createTenant scopes it to the new tenant (memberships' forced RLS).
  const created = await runTransaction(owner, (tx) => createTenant(tx, null, { ...input.data, adminPassword }), { timeout: 15_000 });
  return [
    `已开通${TENANT_KIND_LABELS[input.data.kind]} ${created.name}（${created.code}）`,
    ...passwordLines(created.admin.username, created.admin.oneTimePassword),
  ];
}

/** All of stdin, for --password-stdin (`echo 'secret' | npm run …`). */
export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
