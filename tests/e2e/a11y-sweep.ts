// The accessibility sweep behind a11y.spec.ts: signs in once as a role, opens
// every page of its menu (navLinks, the same function the header renders) and
// its entries in A11Y_PAGES, once each, and lists every serious or critical
// axe violation (decision 0034) at both widths a page must serve: the desktop
// project's own viewport and a 390×844 phone. One load per page, two checks:
// the server renders the same HTML at either width (nothing reads the viewport
// or the user agent), so the second width is a resize of the loaded page, not a
// second visit or a second sign-in (decision 0039).
import { expect, test, type Page } from "@playwright/test";
import { navLinks } from "@/components/layout/nav-links";
import { A11Y_PAGES, A11Y_USERS, type A11yRole } from "./a11y-pages";
import { seriousAxeViolations } from "./axe";
import { signIn } from "./helpers";

interface Stop {
  name: string;
  path: A11yPage["path"];
}
type A11yPage = (typeof A11Y_PAGES)[number];

/** The phone every page must fit (the brief's 390×844). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

function menuOf(role: A11yRole): Stop[] {
  const tenant = role === "platform_admin" ? null : { tenantKind: role === "city_viewer" ? "city" : "bureau", role };
  const session = { role: tenant ? role : null, tenant, isPlatformAdmin: role === "platform_admin" } as Parameters<typeof navLinks>[0];
  return navLinks(session).map((l) => ({ name: l.label, path: l.href }));
}

/**
 * axe on the loaded page at both widths, as failure lines naming page, width, rule, impact and
 * targets. The page is left at whichever width it was checked at last: the next page is loaded
 * there and checked at it first, so each page costs one resize.
 */
async function checkBothWidths(page: Page, where: string, desktop: { width: number; height: number }): Promise<string[]> {
  const failures: string[] = [];
  const widths = [
    ["桌面", desktop],
    ["手机", PHONE_VIEWPORT],
  ] as const;
  const atPhone = page.viewportSize()?.width === PHONE_VIEWPORT.width;
  for (const [label, size] of atPhone ? [...widths].reverse() : widths) {
    if (page.viewportSize()?.width !== size.width) {
      await page.setViewportSize(size);
      // Charts size themselves from a ResizeObserver: let them re-render at the new width first.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    for (const v of await seriousAxeViolations(page)) failures.push(`${where} [${label}]: ${v.id} [${v.impact}] ${v.help} — ${v.targets.join(" | ")}`);
  }
  return failures;
}

/** Failures as lines: page, width, rule, impact and targets; or why a page could not be checked. */
export async function sweepRole(page: Page, role: A11yRole): Promise<string[]> {
  const desktop = page.viewportSize()!;
  await signIn(page, A11Y_USERS[role]);
  // Generous: the first sign-in after the server starts is slow on a busy machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
  const stops = [...menuOf(role), ...A11Y_PAGES.filter((p) => p.roles.includes(role))];
  // Links found on a page for the entries that are reached through it, keyed by entry name.
  const found = new Map<string, string | null>();
  const failures: string[] = [];
  for (const stop of stops) {
    let path: string;
    if (typeof stop.path === "string") path = stop.path;
    else {
      const href = found.get(stop.name);
      if (!href) {
        failures.push(`${stop.name}: no link matching ${stop.path.link} on ${stop.path.on}`);
        continue;
      }
      path = href + (stop.path.suffix ?? "");
    }
    const response = await page.goto(path);
    if (!response?.ok()) {
      failures.push(`${stop.name} (${path}): HTTP ${response?.status()}`);
      continue;
    }
    failures.push(...(await checkBothWidths(page, `${stop.name} (${path})`, desktop)));
    for (const next of A11Y_PAGES) {
      if (typeof next.path === "string" || (next.path.on !== stop.name && next.path.on !== path) || found.get(next.name)) continue;
      const pattern = next.path.link;
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      found.set(next.name, hrefs.find((h) => pattern.test(h)) ?? null);
    }
  }
  return failures;
}

/** The sign-in page as everyone first sees it. */
export async function sweepSignIn(page: Page): Promise<string[]> {
  const desktop = page.viewportSize()!;
  await page.goto("/login");
  return checkBothWidths(page, "登录 (/login)", desktop);
}

/** The sweep's tests (a11y.spec.ts). */
export function declareSweepTests(): void {
  test.use({ bypassCSP: true });
  // Read-only and one role per test: the two workers share the roles out (decision 0039).
  test.describe.configure({ mode: "parallel" });

  test("the sign-in page, signed out", async ({ page }) => {
    const failures = await sweepSignIn(page);
    expect(failures, failures.join("\n")).toEqual([]);
  });

  for (const role of Object.keys(A11Y_USERS) as A11yRole[]) {
    test(`every page of ${role}`, async ({ page }) => {
      test.setTimeout(480_000);
      const failures = await sweepRole(page, role);
      expect(failures, failures.join("\n")).toEqual([]);
    });
  }
}
