// What the platform admin types: a tenant (code, name, kind, parent city) with
// its first account, a rename, a move, and city-viewer accounts. Shared by the
// server actions and `npm run tenant:create`.
import { z } from "zod";
import { displayNameSchema, usernameSchema } from "@/lib/members/schemas";
import { TENANT_KINDS } from "@/lib/vocabulary";

export const tenantCodeSchema = z
  .string({ error: "请输入单位代码" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: "单位代码为 2–40 位小写字母、数字或连字符，以字母开头" });

const tenantNameSchema = z.string({ error: "请输入单位名称" }).trim().min(2, { error: "请输入单位名称" }).max(60, { error: "单位名称过长" });
const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const idSchema = z.uuid({ error: "单位不存在" });

export const createTenantSchema = z.object({
  code: tenantCodeSchema,
  name: tenantNameSchema,
  kind: z.enum(TENANT_KINDS, { error: "请选择单位类型" }),
  parentCode: z.preprocess(emptyAsUndefined, z.string().trim().toLowerCase().max(40).optional()),
  adminUsername: usernameSchema,
  adminName: z.preprocess(emptyAsUndefined, displayNameSchema.optional()),
});
export type CreateTenantInput = z.output<typeof createTenantSchema>;

export const renameTenantSchema = z.object({ tenantId: idSchema, name: tenantNameSchema });
export const moveTenantSchema = z.object({ tenantId: idSchema, parentCode: tenantCodeSchema });
export const setTenantActiveSchema = z.object({ tenantId: idSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const createCityViewerSchema = z.object({ cityCode: tenantCodeSchema, username: usernameSchema, displayName: displayNameSchema });
/** A city viewer is named by username: unique across the platform, and what the admin reads on the list. */
export const cityViewerSchema = z.object({ username: usernameSchema });
export const setCityViewerActiveSchema = cityViewerSchema.extend({ active: z.enum(["true", "false"]).transform((v) => v === "true") });
