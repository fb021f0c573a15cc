// Saves run strictly one after another: each carries the version the one
// before it returned, so two saves of one form never race each other into a
// false conflict. A debounced save waits for a pause in typing.
export class SaveQueue {
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Runs `task` after every task queued before it; a debounced save still waiting is dropped, this one covers it. */
  enqueue(task: () => Promise<void>): Promise<void> {
    this.cancelDebounced();
    const next = this.chain.then(task);
    // A failed task must not stop the ones behind it.
    this.chain = next.catch(() => {});
    return next;
  }

  /** Queues `task` once `ms` pass without another call. */
  debounce(task: () => Promise<void>, ms: number): void {
    this.cancelDebounced();
    this.timer = setTimeout(() => void this.enqueue(task), ms);
  }

  cancelDebounced(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.chain;
  }
}
