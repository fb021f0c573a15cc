// npm's postinstall: generate the Prisma client (scripts/prisma-generate.ts).
// Plain JavaScript, so it runs before anything is installed: `npm ci --dry-run`
// runs lifecycle scripts too, with no node_modules (and so no tsx) present, and
// there is nothing to generate then.
import { spawnSync } from "node:child_process";

if (process.env.npm_config_dry_run === "true") process.exit(0);
const result = spawnSync("tsx", ["scripts/prisma-generate.ts"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
