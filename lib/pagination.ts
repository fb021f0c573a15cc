import { z } from "zod";

export const PAGE_SIZE = 20;

export const listQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** A list filter's checkbox in the URL (overdue=1, others=1): on only when "1", anything else off. */
export const urlFlag = z
  .string()
  .optional()
  .transform((v) => v === "1")
  .catch(false);

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function pageArgs(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Reads a Next.js searchParams value that may be repeated. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
