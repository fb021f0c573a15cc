// The production build is reused while its sources' fingerprint is unchanged
// (scripts/build.ts). A top-level file Next compiles into the build but left
// out of the fingerprint would let the tests and the benchmark run an old
// build after it changed: that happened with proxy.ts.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INPUT_FILES } from "@/scripts/build";

/** Files at the project root that Next reads when it builds (its file conventions). */
const BUILD_ROOT_FILES = ["proxy.ts", "middleware.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.js", "next.config.ts"];

describe("production build fingerprint", () => {
  it("covers every top-level file the build compiles", () => {
    const present = BUILD_ROOT_FILES.filter((file) => existsSync(file));
    expect(present).toContain("proxy.ts");
    for (const file of present) expect(INPUT_FILES).toContain(file);
  });
});
