import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { isUnitBoundRole } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { BUREAU_ROLES } from "@/lib/vocabulary";

const roleFields = {
  // A bureau admin hands out the bureau's own roles only.
  role: z.enum(BUREAU_ROLES, { error: "请选择角色" }),
  orgUnitId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "请选择所属单位" }).optional()),
};

function requireUnitForReporter<T extends { role: Role; orgUnitId?: string }>(value: T, ctx: z.RefinementCtx) {
  if (isUnitBoundRole(value.role) && !value.orgUnitId) {
    ctx.addIssue({ code: "custom", path: ["orgUnitId"], message: "单位填报员必须绑定一个单位" });
  }
}

/** Shared with the platform's accounts (lib/platform/schemas.ts). */
export const usernameSchema = z
  .string({ error: "请输入用户名" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: "用户名为 3–40 位小写字母、数字、点、下划线或连字符" });

export const displayNameSchema = z.string({ error: "请输入姓名" }).trim().min(1, { error: "请输入姓名" }).max(60, { error: "姓名过长" });

export const passwordSchema = z
  .string({ error: "请输入密码" })
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 位` })
  .max(128, { error: "密码过长" });

/** A mainland mobile number, or a landline with its area code (0951-1234567); spaces and dashes as typed. */
export const phoneSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^(1[3-9]\d{9}|0\d{9,11})$/, { error: "手机号格式不正确（11 位手机号，或带区号的固定电话）" }));

export const emailSchema = z
  .string()
  .trim()
  .max(120, { error: "邮箱过长" })
  .pipe(z.email({ error: "邮箱格式不正确" }));

export const createMemberSchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    ...roleFields,
  })
  .superRefine(requireUnitForReporter);

export const updateMemberRoleSchema = z.object({ membershipId: z.uuid({ error: "成员不存在" }), ...roleFields }).superRefine(requireUnitForReporter);

export const setMemberActiveSchema = z.object({
  membershipId: z.uuid({ error: "成员不存在" }),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

// The new password is generated (lib/auth/one-time-password.ts) and shown to the admin once.
export const resetMemberPasswordSchema = z.object({ membershipId: z.uuid({ error: "成员不存在" }) });

export const linkLeaderSchema = z.object({ personId: z.uuid({ error: "责任领导不存在" }), membershipId: z.uuid({ error: "请选择领导账号" }) });
export const unlinkLeaderSchema = z.object({ personId: z.uuid({ error: "责任领导不存在" }) });

export const endMemberSessionsSchema = z.object({ membershipId: z.uuid({ error: "成员不存在" }) });
