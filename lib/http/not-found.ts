// Pages turn "missing, malformed or another tenant's" into the same 404.
import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

const uuid = z.uuid();

/** The route's id when it is a UUID; anything else is a 404 before any query runs. */
export function idOr404(raw: string): string {
  const parsed = uuid.safeParse(raw);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Awaits a load; a NotFoundError becomes the 404 page, other errors propagate. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
