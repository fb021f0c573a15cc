import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The marker package throws outside Next's server bundler.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Two files at a time (decision 0039). vitest's default on a 2-core machine is one worker
    // (cores - 1): files then run one after another while the second core idles once
    // `next build` (started beside vitest by tests/run-all.ts) is done. Integration files each
    // have their own database, so they may overlap.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        // Pure tests: one module graph per worker, not per file (decision 0045). A reader test starts
        // the plan worker, which from source loads tsx and the parser first: about 1 s a file
        // while `next build` shares the machine (decision 0056), so the default 5 s is too tight.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", isolate: false, testTimeout: 20_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/file-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
