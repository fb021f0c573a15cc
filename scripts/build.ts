// `next build` only when the sources changed since the last build: a fingerprint
// of everything that goes into the bundle is kept next to it in .next/.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
export const NEXT_BIN = path.join(path.dirname(require.resolve("next/package.json")), "dist", "bin", "next");

const INPUT_DIRS = ["app", "components", "lib", "public"];
// Top-level files Next compiles into the build (the proxy, instrumentation) count as sources too.
export const INPUT_FILES = [
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];
const FINGERPRINT_FILE = path.join(".next", "eduplan-build-fingerprint");

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "generated" ? Promise.resolve([]) : listFiles(full);
      return Promise.resolve([full]);
    }),
  );
  return nested.flat();
}

export async function sourceFingerprint(): Promise<string> {
  const files = [...(await Promise.all(INPUT_DIRS.map(listFiles))).flat(), ...INPUT_FILES.filter((f) => existsSync(f))].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

/**
 * `output: "stderr"` keeps stdout clean for a caller that prints machine-readable output there (bench --json);
 * `{ file }` sends it to a file, for a build running beside other output (tests/run-all.ts).
 */
export async function ensureProductionBuild(log: (line: string) => void, options: { output?: "stdout" | "stderr" | { file: string } } = {}): Promise<void> {
  const fingerprint = await sourceFingerprint();
  const previous = await readFile(FINGERPRINT_FILE, "utf8").catch(() => "");
  if (previous === fingerprint && existsSync(path.join(".next", "BUILD_ID"))) {
    log("使用已有的生产构建（源码未变）");
    return;
  }
  log("正在构建生产版本（next build），首次约需 1–3 分钟…");
  // Asynchronous, so `npm start` can prepare the database while it builds.
  const output = options.output ?? "stdout";
  const target = typeof output === "object" ? openSync(output.file, "w") : output === "stderr" ? 2 : 1;
  const child = spawn(process.execPath, [NEXT_BIN, "build"], {
    stdio: ["inherit", target, target === 1 ? 2 : target],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const status = await new Promise<number | null>((resolve) => {
    child.once("error", () => resolve(null));
    child.once("exit", (code) => resolve(code));
  });
  if (typeof output === "object") closeSync(target);
  if (status !== 0) throw new Error(typeof output === "object" ? `next build 失败，输出见 ${output.file}` : "next build 失败，请查看上方输出");
  await writeFile(FINGERPRINT_FILE, fingerprint);
}
