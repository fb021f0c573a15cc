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
 * `then`: the checked page to come back to; next-auth keeps it in its
 * callback-url cookie across the provider's round trip.
 */
export function SsoSignInButton({ then = "/" }: { then?: string }) {
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
        void signIn("oidc", { callbackUrl: then });
      }}
    >
      {pending ? SSO_MESSAGES.redirecting : SSO_MESSAGES.button}
    </Button>
  );
}
