// The change form a one-time password leads to (requireSession sends every
// page of the app here while it is pending). Outside the app layout, so it
// does not lead to itself; also reachable on purpose from /account.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PASSWORD_MESSAGES } from "@/lib/account/password-messages";
import { afterSignInPath } from "@/lib/auth/after-sign-in-path";
import { getAuthSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "修改密码" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function ChangePasswordPage({ searchParams }: Props) {
  const session = await getAuthSession();
  if (!session) redirect("/login");
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-4">
        <div className="text-center">
          <p className="text-sm font-medium tracking-widest text-brand-600">EduPlan</p>
          <h1 className="mt-2 text-2xl font-semibold">修改密码</h1>
          <p className="mt-2 text-sm text-slate-500">
            {session.displayName}（{session.username}）
          </p>
        </div>
        {session.mustChangePassword && (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
            {PASSWORD_MESSAGES.mustChange}
          </p>
        )}
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {/* The page a guard sent the user here from (a shared link), else home. */}
          <ChangePasswordForm then={afterSignInPath((await searchParams).callbackUrl)} />
        </div>
        <div className="flex justify-center">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
