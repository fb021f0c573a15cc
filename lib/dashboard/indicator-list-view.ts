// What the dashboard's indicator list shows (`?judgement=behind&page=2`) and
// the links that change it. Pure: the URL is the list's whole state, so a
// filtered page can be shared and works without JavaScript.
import { z } from "zod";
import { listQuerySchema } from "@/lib/pagination";
import { type Judgement, JUDGEMENTS } from "@/lib/vocabulary";

/** Indicators per page: each judged one renders a chart, so a page stays light on a phone. */
export const INDICATOR_PAGE_SIZE = 10;

export interface IndicatorListView {
  /** Only indicators with this judgement; undefined for all. */
  judgement?: Judgement;
  page: number;
}

const indicatorListViewSchema = z.object({
  judgement: z.enum(JUDGEMENTS).optional().catch(undefined),
  page: listQuerySchema.shape.page,
});

/** Anything malformed falls back to everything, page 1. */
export function parseIndicatorListView(params: { judgement?: string; page?: string }): IndicatorListView {
  return indicatorListViewSchema.parse(params);
}

/**
 * The link of one filter button: keeps the section's own parameters (the
 * scope toggle), drops the page (a filter starts on its first page) and
 * lands on the list rather than the top of the dashboard.
 */
export function indicatorFilterHref(params: Record<string, string | undefined>, judgement?: Judgement): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  if (judgement) search.set("judgement", judgement);
  return `?${search.toString()}#indicators`;
}
