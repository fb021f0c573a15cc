// The Node a server runs on, against the one package.json pins (decision
// 0053): npm installs that runtime on Linux x64 and arm64, and every npm
// script runs on it; elsewhere the system's Node does. Said at start, so an
// operator sees a server that is not on the runtime the figures were measured on.
import { readFileSync } from "node:fs";

interface Manifest {
  optionalDependencies?: Record<string, string>;
}

/** Node before 22 has no security fixes any more (Node 20 ended 2026-04-30). */
const OLDEST_MAINTAINED_MAJOR = 22;

/** The pinned version for this platform, or undefined where none is published. */
export function pinnedNode(manifest: Manifest, platform: string = process.platform, arch: string = process.arch): string | undefined {
  return manifest.optionalDependencies?.[`node-${platform}-${arch}`];
}

export function readPinnedNode(): string | undefined {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as Manifest;
  return pinnedNode(manifest);
}

/** One line for the start banner: the runtime, and what is wrong with it if anything. */
export function runtimeNotice(running: string, pinned: string | undefined): string {
  const line = `运行时：Node ${running}`;
  if (pinned && running !== `v${pinned}`) return `${line}，不是项目固定的 Node ${pinned}：请用 npm start 启动（决策 0053）`;
  if (Number(running.slice(1).split(".")[0]) < OLDEST_MAINTAINED_MAJOR) return `${line}，已停止安全更新：请改用 Node 24 长期支持版（决策 0053）`;
  return line;
}
