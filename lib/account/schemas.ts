import { z } from "zod";
import { passwordSchema } from "@/lib/members/schemas";
import { PASSWORD_MESSAGES } from "./password-messages";

export const endUserSessionsSchema = z.object({ userId: z.uuid({ error: "用户不存在" }) });
export const noInputSchema = z.object({});

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请输入当前密码" }).min(1, { error: "请输入当前密码" }).max(256),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "请再次输入新密码" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: PASSWORD_MESSAGES.mismatch });
