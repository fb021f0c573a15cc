// The layering the ESLint config keeps (docs/decisions/0015-layering.md): lib/
// imports none of pages, UI, seeds, benchmarks, entry points or tests, by an
// @/ path or a relative one; components/ import no page.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function refused(filePath: string, from: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import { x } from "${from}";\nexport const y = x;\n`, { filePath });
  return result!.messages.some((m) => m.ruleId === "no-restricted-imports");
}

// The first lint loads the whole config and the TypeScript parser: seconds, not milliseconds.
describe("layering", { timeout: 60_000 }, () => {
  it("keeps lib/ from importing pages, UI, seeds, benchmarks, entry points and tests", async () => {
    for (const from of [
      "@/app/(app)/layout",
      "@/components/ui/card",
      "@/prisma/seed/demo-users",
      "@/bench/seed/district",
      "@/scripts/start",
      "@/tests/support/db",
    ]) {
      expect(await refused("lib/plans/example.ts", from), from).toBe(true);
    }
  });

  it("sees through relative paths out of lib/", async () => {
    expect(await refused("lib/plans/queries/example.ts", "../../../prisma/seed/demo-users")).toBe(true);
    expect(await refused("lib/plans/example.ts", "../../components/ui/card")).toBe(true);
  });

  it("keeps components/ from importing pages", async () => {
    expect(await refused("components/plans/example.tsx", "@/app/(app)/layout")).toBe(true);
  });

  it("lets lib/ import lib/, and pages import lib/ and components/", async () => {
    expect(await refused("lib/plans/example.ts", "@/lib/plans/import/import-plan-file")).toBe(false);
    expect(await refused("lib/plans/example.ts", "../indicators/seed-catalogue")).toBe(false);
    expect(await refused("app/(app)/example/page.tsx", "@/components/ui/card")).toBe(false);
  });
});
