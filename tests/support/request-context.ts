// The fake request of an integration test: which session token "the cookie"
// carries and which cookies are set. Tests call signInAs() to act as a user.
import type { SessionToken } from "@/lib/auth/token";

let token: SessionToken | null = null;
const jar = new Map<string, string>();

export const testCookies = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  set: (name: string, value: string) => void jar.set(name, value),
  delete: (name: string) => void jar.delete(name),
};

export function currentToken(): SessionToken | null {
  return token;
}

export function setToken(next: SessionToken | null): void {
  token = next;
  jar.clear();
}
