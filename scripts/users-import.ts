// `npm run users:import -- --tenant <code> <file.xlsx> [--json]`: imports a
// filled members template into a bureau (lib/members/import/cli.ts), printing
// each row's result and the new accounts' one-time passwords, once.
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabaseFromEnv } from "@/lib/db/runtime";
import { parseArgs, runUsersImportCli, USAGE } from "@/lib/members/import/cli";

if (!parseArgs(process.argv.slice(2))) {
  console.error(USAGE);
  process.exit(2);
}

const db = await prepareDatabaseFromEnv(() => {});
const owner = createPrismaClient(db.ownerUrl, 2);
let code = 1;
try {
  code = await runUsersImportCli(process.argv.slice(2), owner, { out: (line) => console.log(line), err: (line) => console.error(line) });
} finally {
  await owner.$disconnect();
  await db.stop();
}
process.exit(code);
