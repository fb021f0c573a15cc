"use server";
// The platform admin's server actions (/platform, /platform/viewers). Each goes
// through platformAction (session → platform admin → zod → one transaction);
// the domain function scopes that transaction to the admin and the tenant it
// acts on (scopePlatformTransaction), so the tenants, users, memberships and
// sessions policies decide what it may write.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/auth/action";
import { platformAction } from "@/lib/auth/platform-action";
import { createCityViewer, resetCityViewerPassword, setCityViewerActive } from "./city-viewers";
import { createTenant } from "./create-tenant";
import { PLATFORM_MESSAGES } from "./messages";
import { moveTenant } from "./move-tenant";
import { renameTenant } from "./rename-tenant";
import {
  cityViewerSchema,
  createCityViewerSchema,
  createTenantSchema,
  moveTenantSchema,
  renameTenantSchema,
  setCityViewerActiveSchema,
  setTenantActiveSchema,
} from "./schemas";
import { setTenantActive } from "./set-tenant-active";

type Input = FormData | Record<string, unknown>;

/** What the page shows once: the new account's username and its one-time password. */
export interface IssuedPassword {
  username: string;
  oneTimePassword: string;
}

const create = platformAction({ schema: createTenantSchema }, async ({ tx, session, input }) => {
  const created = await createTenant(tx, session.userId, input);
  return { name: created.name, username: created.admin.username, oneTimePassword: created.admin.oneTimePassword! };
});
const rename = platformAction({ schema: renameTenantSchema }, ({ tx, session, input }) => renameTenant(tx, session.userId, input));
const move = platformAction({ schema: moveTenantSchema }, ({ tx, session, input }) => moveTenant(tx, session.userId, input));
const setActive = platformAction({ schema: setTenantActiveSchema }, ({ tx, session, input }) => setTenantActive(tx, session.userId, input));
const createViewer = platformAction({ schema: createCityViewerSchema }, async ({ tx, session, input }) => {
  const account = await createCityViewer(tx, session.userId, input);
  return { username: account.username, oneTimePassword: account.oneTimePassword! };
});
const resetViewer = platformAction({ schema: cityViewerSchema }, ({ tx, session, input }) => resetCityViewerPassword(tx, session.userId, input));
const setViewerActive = platformAction({ schema: setCityViewerActiveSchema }, ({ tx, session, input }) => setCityViewerActive(tx, session.userId, input));

function done<T>(result: ActionResult<T>, message: (data: T) => string, path = "/platform"): ActionResult<T> {
  if (!result.ok) return result;
  revalidatePath(path);
  return { ...result, message: message(result.data) };
}

export async function createTenantAction(_prev: unknown, input: Input): Promise<ActionResult<IssuedPassword & { name: string }>> {
  return done(await create(input), (d) => PLATFORM_MESSAGES.created(d.name));
}
export async function renameTenantAction(_prev: unknown, input: Input) {
  return done(await rename(input), () => PLATFORM_MESSAGES.renamed);
}
export async function moveTenantAction(_prev: unknown, input: Input) {
  return done(await move(input), () => PLATFORM_MESSAGES.moved);
}
export async function setTenantActiveAction(_prev: unknown, input: Input) {
  return done(await setActive(input), (d) => (d.active ? PLATFORM_MESSAGES.activated : PLATFORM_MESSAGES.deactivated(d.ended)));
}
export async function createCityViewerAction(_prev: unknown, input: Input): Promise<ActionResult<IssuedPassword>> {
  return done(await createViewer(input), () => PLATFORM_MESSAGES.viewerCreated, "/platform/viewers");
}
export async function resetCityViewerPasswordAction(_prev: unknown, input: Input): Promise<ActionResult<IssuedPassword>> {
  return done(await resetViewer(input), () => PLATFORM_MESSAGES.passwordReset, "/platform/viewers");
}
export async function setCityViewerActiveAction(_prev: unknown, input: Input) {
  const result = await setViewerActive(input);
  const active = input instanceof FormData ? input.get("active") === "true" : input.active === "true";
  return done(result, () => PLATFORM_MESSAGES.accountActive(active), "/platform/viewers");
}
