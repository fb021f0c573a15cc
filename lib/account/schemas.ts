import { z } from "zod";

export const endUserSessionsSchema = z.object({ userId: z.uuid({ error: "用户不存在" }) });
export const noInputSchema = z.object({});
