// A PDF the server printed from one of its pages (简报, 通报, 督办单): a real
// PDF set only in the Noto fonts the page brings along
// (components/print/printable-font.ts). Any other font is one of the server's
// own, and a server without a Chinese font prints Chinese in it as empty boxes.
import { expect, type APIResponse } from "@playwright/test";

/** The fonts the PDF embeds, by name without the subset tag (`ABCDEF+NotoSansSC` → `NotoSansSC`). */
export function embeddedFontNames(pdf: Buffer): string[] {
  const names = pdf.toString("latin1").matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g);
  return [...new Set([...names].map((m) => m[1]!))];
}

export async function expectPrintedPdf(response: APIResponse): Promise<Buffer> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const body = await response.body();
  expect(body.subarray(0, 4).toString("latin1")).toBe("%PDF");
  const fonts = embeddedFontNames(body);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((name) => !/^NotoS(ans|erif)SC/.test(name))).toEqual([]);
  return body;
}
