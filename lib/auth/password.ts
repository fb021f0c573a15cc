import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum (19 MiB, 2 passes): strong, yet a sign-in costs tens of ms.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A generated one-time password (lib/auth/one-time-password.ts, ~69 random bits)
// has no dictionary for a slow hash to hold back: a light argon2id, checked by the
// same verifyPassword, lets an import hash hundreds of them inside one transaction.
const GENERATED_OPTIONS = { memoryCost: 4_096, timeCost: 1, parallelism: 1 } as const;

export function hashGeneratedPassword(password: string): Promise<string> {
  return hash(password, GENERATED_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Compared against when the username is unknown, so timing does not reveal which accounts exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("eduplan-timing-equaliser");
  return dummyHash;
}
