// PDFs as a browser prints them: HTML laid out by the same headless Chromium
// the app prints with, set in the Noto fonts the app ships. Where
// tests/support/pdf.ts writes one run per line, Chromium places glyphs the way
// Word, WPS and browsers do: justified lines stretched character by character,
// an em space as a gap, a table row split at a page foot with no rule under
// it, a right-aligned signature. Each test's HTML is its own fixture, so a
// failing case can be opened in any browser.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_LAUNCH_ARGS, installedChromium } from "@/lib/browser/chromium-flags";

const ORIGIN = "http://print.test";
const FONT_PACKAGES = path.resolve("node_modules/@fontsource-variable");

/** The page around a fixture's body: A4, the shipped fonts, 公文-like defaults a fixture can override. */
function page(body: string, style: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/noto-serif-sc/index.css"><link rel="stylesheet" href="/fonts/noto-sans-sc/index.css">
<style>@page { size: A4; margin: 20mm } body { font-family: "Noto Serif SC Variable"; font-size: 12pt; margin: 0 }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top }
${style}</style></head><body>${body}</body></html>`;
}

export interface BrowserPrinter {
  print(body: string, style?: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function browserPrinter(): Promise<BrowserPrinter> {
  const executablePath = installedChromium();
  if (!executablePath) throw new Error("未找到 Chromium：设置 CHROMIUM_PATH，或安装 chromium-headless-shell");
  const browser: Browser = await chromium.launch({ executablePath, args: [...CHROMIUM_LAUNCH_ARGS] });
  return {
    async print(body, style = "") {
      const tab = await browser.newPage();
      try {
        await tab.route(`${ORIGIN}/**`, async (route) => {
          const url = new URL(route.request().url());
          if (url.pathname === "/doc.html") return route.fulfill({ contentType: "text/html; charset=utf-8", body: page(body, style) });
          const file = path.join(FONT_PACKAGES, url.pathname.replace(/^\/fonts\//, ""));
          if (!file.startsWith(FONT_PACKAGES + path.sep)) return route.abort();
          const contentType = file.endsWith(".css") ? "text/css" : "font/woff2";
          return route.fulfill({ contentType, body: await readFile(file) });
        });
        await tab.goto(`${ORIGIN}/doc.html`);
        await tab.evaluate(() => document.fonts.ready.then(() => undefined));
        return new Uint8Array(await tab.pdf({ preferCSSPageSize: true }));
      } finally {
        await tab.close();
      }
    },
    close: () => browser.close(),
  };
}
