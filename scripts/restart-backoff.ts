// How long to wait before restarting a web process that died: 1 s, doubling
// to 30 s while it keeps dying, back to 1 s once it has stayed up a minute.
export class RestartBackoff {
  private failures = 0;
  private startedAt = 0;
  constructor(
    private readonly baseMs = 1_000,
    private readonly maxMs = 30_000,
    private readonly stableMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  started(): void {
    this.startedAt = this.now();
  }

  next(): number {
    if (this.startedAt && this.now() - this.startedAt >= this.stableMs) this.failures = 0;
    this.startedAt = 0;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** this.failures);
    this.failures++;
    return delay;
  }
}
