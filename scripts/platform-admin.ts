// `npm run platform:admin -- --username <name> [--password-stdin]`: creates or
// resets the platform admin and prints a one-time password (lib/platform).
import { withCommandDatabase } from "@/lib/cli/command-database";
import { runCommand } from "@/lib/cli/run-command";
import { platformAdminCommand, readAllStdin } from "@/lib/platform/command-line";

await runCommand("设置平台管理员", async () => {
  const lines = await withCommandDatabase(
    () => {},
    (owner) => platformAdminCommand(owner, process.argv.slice(2), readAllStdin),
  );
  console.log(lines.join("\n"));
});
