// Accessibility check with axe-core (WCAG 2 A/AA rules), injected into the
// page. The app's CSP only runs scripts carrying its nonce, so a spec using
// this sets `bypassCSP: true` on its browser contexts.
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export type AxeImpact = "minor" | "moderate" | "serious" | "critical";

export interface AxeViolation {
  id: string;
  help: string;
  /** axe's own severity; null when axe gives none. */
  impact: AxeImpact | null;
  targets: string[];
}

/** How long a page's streamed <title> may take after its body (below). */
const TITLE_WAIT_MS = 5_000;

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Next streams a dynamic page's metadata after its body, and a client-side
  // navigation swaps the <title> in when it arrives: a check run in between
  // reports document-title for a page that has one. A page that truly has none
  // is still reported, once the wait is over.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: TITLE_WAIT_MS }).catch(() => {});
  // Once per loaded document: the sweep checks one page at two widths.
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; help: string; impact?: AxeImpact | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // resultTypes: only violations are reported in full, which spares axe most of its work on a long page.
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** The violations a page may not ship with (decision 0034): axe's serious and critical ones. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
}
