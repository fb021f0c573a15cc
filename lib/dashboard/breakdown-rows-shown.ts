// Its own module: the breakdown table, a client component, imports it without
// the SQL helpers of breakdown-row.ts (and Prisma with them).
/**
 * Rows a breakdown table draws before 显示全部: each query sorts the most 滞后
 * first, and a bureau has up to a few hundred sections. The rest travel in the
 * table's props, so showing them is instant, while every drawn row (six links)
 * costs the server's HTML renderer whether or not anyone scrolls to it (decision 0049).
 */
export const BREAKDOWN_ROWS_SHOWN = 10;
