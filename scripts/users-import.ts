// `npm run users:import -- --tenant <code> <file.xlsx> [--json]`: imports a
// filled members template into a bureau (lib/members/import/cli.ts), printing
// each row's result and the new accounts' one-time passwords, once. Works
// beside a running `npm start` (lib/cli/command-database.ts).
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand, UsageError } from "@/lib/cli/run-command";
import { parseArgs, runUsersImportCli, USAGE } from "@/lib/members/import/cli";

await runCommand("导入", async () => {
  const argv = process.argv.slice(2);
  if (!parseArgs(argv)) throw new UsageError(USAGE);
  return withCommandDatabase(
    () => {},
    (owner) => runUsersImportCli(argv, owner, { out: (line) => console.log(line), err: (line) => console.error(line) }),
  );
});
