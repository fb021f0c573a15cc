/** At most this many reports per 批量通过: select-all on one page is 20; the ceiling keeps one transaction short. */
export const BULK_APPROVE_LIMIT = 200;
