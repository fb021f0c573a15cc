// next-auth configuration: username + password, JWT sessions. The JWT carries
// only the user id and the user's session version; everything else (active,
// roles, tenants) is read from the database on each request by getAuthSession.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearFailures, lockedMinutes, recordFailure, throttleKey } from "./throttle";

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const SIGN_IN_MESSAGES = {
  missing: "请输入用户名和密码",
  invalid: "用户名或密码错误",
  inactive: "该账号已停用，请联系本单位管理员",
  locked: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试`,
} as const;

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export async function authorizeCredentials(raw: unknown, headers?: Record<string, unknown>) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(SIGN_IN_MESSAGES.missing);
  const { username, password } = parsed.data;
  const db = getPrisma();
  const accountKey = throttleKey("account", username);
  const addressKey = throttleKey("address", clientAddress(headers));
  const locked = Math.max(await lockedMinutes(db, accountKey), await lockedMinutes(db, addressKey));
  if (locked > 0) throw new Error(SIGN_IN_MESSAGES.locked(locked));

  const user = await db.user.findUnique({ where: { username } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await recordFailure(db, "account", accountKey);
    await recordFailure(db, "address", addressKey);
    throw new Error(SIGN_IN_MESSAGES.invalid);
  }
  if (!user.isActive) throw new Error(SIGN_IN_MESSAGES.inactive);
  await clearFailures(db, accountKey);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, name: user.displayName, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
};
