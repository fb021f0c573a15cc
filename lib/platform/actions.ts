"use server";
// The platform admin's server actions (/platform, /platform/viewers). Each goes
// through platformAction (session → platform admin → zod → one transaction);
// the domain function scopes that transaction to the admin and the tenant it
// acts on (scopePlatformTransaction), so the tenants, users, memberships and
// sessions policies decide what it may write.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
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

/** What the page shows once: the new account's username and its one-time password. */
export interface IssuedPassword {
  username: string;
  oneTimePassword: string;
}

/** Revalidates the platform page that lists the change and returns the message. */
const refreshed =
  <T>(message: (data: T) => string, path = "/platform") =>
  (data: T) => {
    revalidatePath(path);
    return message(data);
  };

export const createTenantAction = formAction(
  platformAction({ schema: createTenantSchema }, async ({ tx, session, input }): Promise<IssuedPassword & { name: string }> => {
    const created = await createTenant(tx, session.userId, input);
    return { name: created.name, username: created.admin.username, oneTimePassword: created.admin.oneTimePassword! };
  }),
  refreshed((d) => PLATFORM_MESSAGES.created(d.name)),
);

export const renameTenantAction = formAction(
  platformAction({ schema: renameTenantSchema }, ({ tx, session, input }) => renameTenant(tx, session.userId, input)),
  refreshed(() => PLATFORM_MESSAGES.renamed),
);

export const moveTenantAction = formAction(
  platformAction({ schema: moveTenantSchema }, ({ tx, session, input }) => moveTenant(tx, session.userId, input)),
  refreshed(() => PLATFORM_MESSAGES.moved),
);

export const setTenantActiveAction = formAction(
  platformAction({ schema: setTenantActiveSchema }, ({ tx, session, input }) => setTenantActive(tx, session.userId, input)),
  refreshed((d) => (d.active ? PLATFORM_MESSAGES.activated : PLATFORM_MESSAGES.deactivated(d.ended))),
);

export const createCityViewerAction = formAction(
  platformAction({ schema: createCityViewerSchema }, async ({ tx, session, input }): Promise<IssuedPassword> => {
    const account = await createCityViewer(tx, session.userId, input);
    return { username: account.username, oneTimePassword: account.oneTimePassword! };
  }),
  refreshed(() => PLATFORM_MESSAGES.viewerCreated, "/platform/viewers"),
);

export const resetCityViewerPasswordAction = formAction(
  platformAction({ schema: cityViewerSchema }, ({ tx, session, input }) => resetCityViewerPassword(tx, session.userId, input)),
  refreshed(() => PLATFORM_MESSAGES.passwordReset, "/platform/viewers"),
);

export const setCityViewerActiveAction = formAction(
  platformAction({ schema: setCityViewerActiveSchema }, async ({ tx, session, input }) => {
    await setCityViewerActive(tx, session.userId, input);
    return { active: input.active };
  }),
  refreshed((d) => PLATFORM_MESSAGES.accountActive(d.active), "/platform/viewers"),
);
