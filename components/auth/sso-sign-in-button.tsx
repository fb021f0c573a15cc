"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { SSO_MESSAGES } from "@/lib/auth/messages";

/**
 * 统一身份认证: next-auth posts for the provider's address (with its CSRF
 * token) and the browser navigates there. A navigation, not a form
 * submission, so the CSP's form-action 'self' does not stop the redirect.
 */
export function SsoSignInButton() {
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      disabled={pending || !hydrated}
      onClick={() => {
        setPending(true);
        void signIn("oidc", { callbackUrl: "/" });
      }}
    >
      {pending ? SSO_MESSAGES.redirecting : SSO_MESSAGES.button}
    </Button>
  );
}
