// A unit reporter's home: each count's word and the list of /reports it opens
// (the same filters, so a count and its list agree).
export const UNIT_TODO_COUNTS = [
  { key: "todo", label: "待填报", href: "/reports?status=todo" },
  { key: "returned", label: "被退回", href: "/reports?status=returned" },
  { key: "overdue", label: "逾期", href: "/reports?status=overdue" },
] as const;
