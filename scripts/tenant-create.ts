// `npm run tenant:create -- --code <code> --name <name> --kind bureau|city
// [--parent <city code>] --admin <username> [--password-stdin]`: a new city or
// bureau with its first account; prints that account's one-time password.
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand } from "@/lib/cli/run-command";
import { readAllStdin, tenantCreateCommand } from "@/lib/platform/command-line";

await runCommand("开通单位", async () => {
  const lines = await withCommandDatabase(
    () => {},
    (owner) => tenantCreateCommand(owner, process.argv.slice(2), readAllStdin),
  );
  console.log(lines.join("\n"));
});
