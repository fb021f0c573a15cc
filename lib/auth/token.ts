// Reads the signed session cookie. Kept apart so tests can stand in for the
// cookie while everything after it (user lookup, version check) stays real.
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export interface SessionToken {
  userId: string;
  sessionVersion: number;
}

export async function readSessionToken(): Promise<SessionToken | null> {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return { userId: session.uid, sessionVersion: session.sv };
}
