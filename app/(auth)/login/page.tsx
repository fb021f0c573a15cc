import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignInButton } from "@/components/auth/sso-sign-in-button";
import { afterSignInPath } from "@/lib/auth/after-sign-in-path";
import { oidcConfig } from "@/lib/auth/oidc-config";
import { getAuthSession } from "@/lib/auth/session";
import { loginErrorMessage } from "@/lib/auth/sso-refusals";

export const metadata: Metadata = { title: "登录" };

type Props = { searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const { error, callbackUrl } = await searchParams;
  // The page a guard sent the user here from; anything not on this site means home.
  const then = afterSignInPath(callbackUrl);
  if (await getAuthSession()) redirect(then);
  const ssoOffered = oidcConfig() !== null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-medium tracking-widest text-brand-600">EduPlan</p>
          <h1 className="mt-2 text-2xl font-semibold">教育规划督办平台</h1>
          <p className="mt-2 text-sm text-slate-500">把规划文件变成可跟踪、可督办的工作</p>
        </div>
        <LoginForm
          initialError={loginErrorMessage(typeof error === "string" ? error : undefined)}
          then={then}
          alternative={ssoOffered ? <SsoSignInButton then={then} /> : undefined}
        />
      </div>
    </main>
  );
}
