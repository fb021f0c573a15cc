// Finds every server action and route handler in the code, so that the access
// matrix grows by itself: nothing here is a list someone must remember to
// extend. A server action is any exported function of a module whose first
// statement is the "use server" directive (app/, lib/, components/); a route
// handler is any exported HTTP method of an app/**/route.(ts|js) file.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const ACTION_DIRS = ["app", "lib", "components"];
const SKIP_DIRS = new Set(["node_modules", "generated", ".next"]);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const ROUTE_FILE = /^route\.(ts|js|mjs)$/;
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export interface Found {
  key: string;
  file: string;
  name: string;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(full);
      return [full];
    }),
  );
  return nested.flat();
}

/** Leading whitespace and comments removed: what a directive must open. */
function firstStatement(source: string): string {
  let s = source.replace(/^\uFEFF/, "");
  for (;;) {
    const trimmed = s.trimStart();
    if (trimmed.startsWith("//")) s = trimmed.slice(trimmed.indexOf("\n") + 1 || trimmed.length);
    else if (trimmed.startsWith("/*")) s = trimmed.slice(trimmed.indexOf("*/") + 2);
    else return trimmed;
  }
}

const USE_SERVER = /^(["'])use server\1/;
const INLINE_USE_SERVER = /^\s*(["'])use server\1/m;

export async function serverActionModules(): Promise<{ modules: string[]; inline: string[] }> {
  const files = (await Promise.all(ACTION_DIRS.map((d) => walk(path.join(ROOT, d))))).flat().filter((f) => SOURCE.test(f));
  const modules: string[] = [];
  const inline: string[] = [];
  for (const file of files) {
    const source = await readFile(file, "utf8");
    if (!source.includes("use server")) continue;
    const rel = path.relative(ROOT, file);
    if (USE_SERVER.test(firstStatement(source))) modules.push(rel);
    // A "use server" inside a function body is an action the matrix cannot call.
    else if (INLINE_USE_SERVER.test(source)) inline.push(rel);
  }
  return { modules: modules.sort(), inline: inline.sort() };
}

export async function serverActions(): Promise<{ actions: Found[]; inline: string[] }> {
  const { modules, inline } = await serverActionModules();
  const actions: Found[] = [];
  for (const file of modules) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") actions.push({ key: `${file}#${name}`, file, name });
    }
  }
  return { actions, inline };
}

/** app/api/v1/plans/[id]/route.ts → /api/v1/plans/[id] (route groups dropped). */
export function routePath(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1);
  return `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join("/")}`;
}

export async function routeHandlers(): Promise<Found[]> {
  const files = (await walk(path.join(ROOT, "app"))).filter((f) => ROUTE_FILE.test(path.basename(f))).map((f) => path.relative(ROOT, f));
  const found: Found[] = [];
  for (const file of files.sort()) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      if (typeof mod[method] === "function") found.push({ key: `${method} ${routePath(file)}`, file, name: method });
    }
  }
  return found;
}

export function parseActionKey(key: string): { file: string; name: string } {
  const [file, name] = key.split("#") as [string, string];
  return { file, name };
}
