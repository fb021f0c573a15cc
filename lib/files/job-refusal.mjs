// A file refused by a limit of its job (too many cells, too much text), as
// opposed to one its parser cannot read: parse-worker.mjs answers with the
// reason, isolated.ts words it.
export class JobRefusal extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}
