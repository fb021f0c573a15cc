// The 督办 lists' URL filters, read leniently: a bad value is no filter.
import { z } from "zod";

const id = z.uuid().optional().catch(undefined);
const page = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);

export const acknowledgementFilterSchema = z.object({
  plan: z.preprocess(first, id),
  unit: z.preprocess(first, id),
  page: z.preprocess(first, page),
});

export const requestFilterSchema = z.object({
  kind: z.preprocess(first, z.enum(["extension", "closing"]).catch("extension").default("extension")),
  // Pending by default: the list is the staff's queue; `all` shows every state.
  state: z.preprocess(first, z.enum(["pending", "approved", "rejected", "all"]).catch("pending").default("pending")),
  plan: z.preprocess(first, id),
  unit: z.preprocess(first, id),
  page: z.preprocess(first, page),
});
