// Request bodies are capped before they reach Next.js: route handlers read a
// whole body into memory (request.json()), and an unauthenticated 300 MB body
// to the sign-in endpoint grew the server by 650 MB. Server actions carry
// uploads (evidence ≤ 20 MB, plan files ≤ 5 MB) and have Next's own 25 MB cap.
import { Transform, type TransformCallback } from "node:stream";

export const BODY_LIMITS = [
  { prefix: "/api/auth/", bytes: 64 * 1024 },
  { prefix: "/api/v1/", bytes: 2 * 1024 * 1024 },
  { prefix: "/", bytes: 26 * 1024 * 1024 },
] as const;

export function bodyLimitFor(url: string | undefined): number {
  const path = (url ?? "/").split("?")[0]!;
  return BODY_LIMITS.find((l) => path.startsWith(l.prefix))!.bytes;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/** Passes the body through and fails as soon as it exceeds `limit` bytes (a chunked body declares no length). */
export class BodyLimiter extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) callback(new BodyTooLargeError(this.limit));
    else callback(null, chunk);
  }
}
