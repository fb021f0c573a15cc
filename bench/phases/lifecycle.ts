// What a benchmark run started (database, server) is stopped in reverse order:
// at the end, on failure, and on Ctrl-C (a second Ctrl-C exits at once).
export type Log = (line: string) => void;

/** Progress goes to stderr, so `--json` leaves exactly one JSON object on stdout. */
export const log: Log = (line) => process.stderr.write(`[bench] ${line}\n`);

export class Cleanups {
  private readonly fns: (() => Promise<void>)[] = [];

  push(fn: () => Promise<void>): void {
    this.fns.push(fn);
  }

  async run(): Promise<void> {
    for (const fn of this.fns.splice(0).reverse()) await fn().catch((err: Error) => log(`清理失败：${err.message}`));
  }

  stopOnSignals(): void {
    let interrupted = false;
    const onSignal = () => {
      if (interrupted) process.exit(130);
      interrupted = true;
      log("中断：正在停止服务器和数据库…");
      void this.run().then(() => process.exit(130));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
}
