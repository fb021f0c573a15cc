// The frame of every `npm run` command: run `main`, and whatever stops it ends
// in one Chinese line on stderr and exit code 1 (a usage error: 2), never a
// stack trace. EDUPLAN_DEBUG=1 prints the full error as well, for a developer.
import { describeFailure } from "./describe-failure";

export class UsageError extends Error {}

export async function runCommand(label: string, main: () => Promise<number | void>): Promise<never> {
  let code: number;
  try {
    code = (await main()) ?? 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      code = 2;
    } else {
      console.error(`${label}失败：${describeFailure(err)}`);
      if (process.env.EDUPLAN_DEBUG) console.error(err);
      code = 1;
    }
  }
  process.exit(code);
}
