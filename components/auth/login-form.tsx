"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SIGN_IN_MESSAGES, SSO_MESSAGES } from "@/lib/auth/messages";

/**
 * `initialError`: why the last single sign-on ended here; `then`: the checked page to return to
 * (lib/auth/after-sign-in-path.ts); `alternative`: the single sign-on button, when configured.
 */
export function LoginForm({ initialError = null, then = "/", alternative }: { initialError?: string | null; then?: string; alternative?: ReactNode }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the native form and put the password in the URL.
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      // Not this page's URL (next-auth's default): after a refused single sign-on it carries
      // ?error=…, which next-auth would read back as this sign-in's error.
      callbackUrl: then,
    });
    setPending(false);
    if (!result || result.error) {
      // next-auth passes authorize()'s Chinese message through; anything else is generic.
      const message = result?.error && result.error !== "CredentialsSignin" ? result.error : SIGN_IN_MESSAGES.failed;
      setError(message);
      return;
    }
    router.replace(then);
    router.refresh();
  }

  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
        <TextField label="用户名" name="username" autoComplete="username" required autoFocus />
        <TextField label="密码" name="password" type="password" autoComplete="current-password" required />
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}
        <Button type="submit" className="w-full" disabled={pending || !hydrated}>
          {pending ? "正在登录…" : "登录"}
        </Button>
      </form>
      {alternative && (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <p className="text-center text-xs text-slate-500">{SSO_MESSAGES.or}</p>
          {alternative}
        </div>
      )}
    </div>
  );
}
