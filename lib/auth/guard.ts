// The one wrapper core. Every server action and route handler runs the same
// steps in the same order, failing closed: a session (else signedOut) → the
// scope's permission check against the one table (else forbidden) → the
// input, judged by zod (else invalid) → the handler → what it threw, mapped
// by lib/auth/failure.ts. The adapters (action.ts, route.ts,
// platform-action.ts, user-action.ts) only choose a scope and a shape.
import "server-only";
import { cookies } from "next/headers";
import type { z } from "zod";
import { readAfterSeconds } from "@/lib/db/replica-config";
import type { ConflictClass } from "@/lib/errors";
import "@/lib/validation/zod-locale";
import { FAILURE_MESSAGES, failure, failureOf, type Failure } from "./failure";
import { fieldErrorsOf, formDataToObject } from "./input";
import type { Scope } from "./scopes";
import { getAuthSession, READ_AFTER_COOKIE, type AuthSession } from "./session";

export type Outcome<T, C = never> = { ok: true; data: T } | { ok: false; failure: Failure<C> };

export type Parsed<I> = { ok: true; value: I } | { ok: false; failure: Failure };

export interface Guarded<S extends AuthSession, I, T, C> {
  scope: Scope<S>;
  /** Reads and judges the input once the caller is known to be allowed. */
  parse: () => Parsed<I> | Promise<Parsed<I>>;
  run: (session: S, input: I) => Promise<T>;
  conflict?: ConflictClass<C>;
}

export async function guarded<S extends AuthSession, I, T, C = never>(spec: Guarded<S, I, T, C>): Promise<Outcome<T, C>> {
  const session = await getAuthSession();
  if (!session) return { ok: false, failure: failure("signedOut") };
  if (!spec.scope.authorize(session)) return { ok: false, failure: failure("forbidden") };
  const parsed = await spec.parse();
  if (!parsed.ok) return parsed;
  const readAfter = session.readAfterLsn;
  try {
    const data = await spec.run(session, parsed.value);
    if (session.readAfterLsn && session.readAfterLsn !== readAfter) await rememberWrite(session.readAfterLsn);
    return { ok: true, data };
  } catch (err) {
    return { ok: false, failure: failureOf(err, spec.scope.name, spec.conflict) };
  }
}

/**
 * The handler wrote (withTenant raised the session's read-after position, which
 * it does only with a read replica configured): the caller's next requests, on
 * whichever server, read the primary until the standby has replayed it.
 */
async function rememberWrite(lsn: string): Promise<void> {
  (await cookies()).set(READ_AFTER_COOKIE, lsn, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: readAfterSeconds(),
  });
}

/** A zod verdict on an object or a form: invalid carries each field's Chinese messages. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, failure: { kind: "invalid", message: FAILURE_MESSAGES.invalid, fieldErrors: fieldErrorsOf(parsed.error) } };
}
