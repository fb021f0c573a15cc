// Direct database access for test set-up and assertions, as the table owner
// (bypasses nothing by itself: FORCE RLS still applies unless superuser).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionToken } from "@/lib/auth/token";
import { getFileStorage } from "@/lib/files/storage";
import { setToken } from "./request-context";

let owner: PrismaClient | undefined;

export function ownerDb(): PrismaClient {
  owner ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.TEST_OWNER_DATABASE_URL!, max: 2 }) });
  return owner;
}

export async function withRawClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs `work` with `client` as the app's own Prisma client (what getPrisma returns), then puts the one before back and closes `client`. */
export async function withAppClient<T>(client: PrismaClient, work: () => Promise<T>): Promise<T> {
  const shared = globalThis as unknown as { eduplanPrisma?: PrismaClient };
  const before = shared.eduplanPrisma;
  shared.eduplanPrisma = client;
  try {
    return await work();
  } finally {
    shared.eduplanPrisma = before;
    await client.$disconnect();
  }
}

export async function tenantIdOf(code: string): Promise<string> {
  return (await ownerDb().tenant.findUniqueOrThrow({ where: { code } })).id;
}

/** A live server-side session of `username` and the token a cookie would carry for it. */
export async function openSessionFor(username: string): Promise<SessionToken> {
  const user = await ownerDb().user.findUniqueOrThrow({ where: { username } });
  const session = await ownerDb().authSession.create({
    data: { userId: user.id, sessionVersion: user.sessionVersion, expiresAt: new Date(Date.now() + 3_600_000), address: "test" },
  });
  return { userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
}

/** Acts as `username` for the following calls, as a valid session cookie would. */
export async function signInAs(username: string): Promise<SessionToken> {
  const token = await openSessionFor(username);
  setToken(token);
  return token;
}

export function signOut(): void {
  setToken(null);
}

/** A stored evidence file as the owner reads it (RLS does not bind the owner), or null. */
export function storedFile(storageKey: string): Promise<Uint8Array | null> {
  return ownerDb().$transaction((tx) => getFileStorage().get(tx, storageKey));
}
