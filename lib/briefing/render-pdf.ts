// Renders a page of this app to PDF in headless Chromium (playwright-core),
// AS THE CALLER: the browser gets exactly the cookies of the incoming request,
// so the page applies the same session, permission and tenant checks as it
// would for the caller's own browser. Never a privileged render.
import "server-only";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH_ARGS, installedChromium } from "@/lib/browser/chromium-flags";

const TIMEOUT_MS = 30_000;

/** The Chromium to print with (lib/browser/chromium-flags.ts), or null: the PDF routes then answer 501. */
export function chromiumExecutable(): string | null {
  return installedChromium() ?? null;
}

/** `a=1; b=2` → cookies for `origin` (a value may itself contain "="). */
export function parseCookieHeader(header: string | null, origin: string): { name: string; value: string; url: string }[] {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.includes("="))
    .map((part) => {
      const at = part.indexOf("=");
      return { name: part.slice(0, at).trim(), value: part.slice(at + 1).trim(), url: origin };
    })
    .filter((c) => c.name.length > 0);
}

export class RenderError extends Error {}

/**
 * Opens `origin + path` with the caller's cookies and prints it to A4 PDF.
 * Requests to any other origin are blocked. Fails (RenderError) unless the
 * page answers 2xx at the same path and query — a login redirect or a 404 is not the page asked for.
 */
export async function renderPdf(options: { executablePath: string; origin: string; path: string; cookieHeader: string | null }): Promise<Buffer> {
  const { executablePath, origin, path, cookieHeader } = options;
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_LAUNCH_ARGS], timeout: TIMEOUT_MS });
  try {
    const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const cookies = parseCookieHeader(cookieHeader, origin);
    if (cookies.length > 0) await context.addCookies(cookies);
    await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    const page = await context.newPage();
    // Laid out as printed from the start, so the fonts only print uses (app/globals.css) are
    // fetched with the page and awaited below; page.pdf() does not wait for a font.
    await page.emulateMedia({ media: "print" });
    const response = await page.goto(`${origin}${path}`, { waitUntil: "load", timeout: TIMEOUT_MS });
    // Path and query: a bulletin's page names its period in the query.
    const landed = new URL(page.url());
    if (!response || !response.ok() || landed.pathname + landed.search !== path) {
      throw new RenderError(`page answered ${response?.status() ?? "nothing"} at ${landed.pathname}${landed.search}`);
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
