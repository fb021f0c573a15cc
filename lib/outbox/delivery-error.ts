// A channel's refusal, worded for the admins' delivery view: short, and never
// the webhook URL or SMTP credentials (both hold secrets).
export class DeliveryError extends Error {
  constructor(message: string) {
    super(message.length > 200 ? `${message.slice(0, 199)}…` : message);
    this.name = "DeliveryError";
  }
}

/** A network failure as its code (ECONNREFUSED, ETIMEDOUT…), without the address it was aimed at. */
export function networkFailure(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { name?: string; code?: string; cause?: { code?: string } } | undefined;
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return new DeliveryError("连接超时");
  const code = e?.cause?.code ?? e?.code;
  return new DeliveryError(code ? `连接失败（${code}）` : "连接失败");
}
