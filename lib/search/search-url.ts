// Where a search hit opens: the page a reader of that kind already uses.
import type { SearchKind } from "@/lib/vocabulary";

/** `linkId` is the report's slot (its page is /reports/<slot>); other kinds link by their own id. */
export function searchUrl(kind: SearchKind, id: string, linkId: string | null): string {
  switch (kind) {
    case "plan":
      return `/plans/${id}`;
    case "task":
      return `/tasks/${id}`;
    case "unit":
      return `/units/${id}`;
    // A person named in plans has no page of their own: the tasks they lead.
    case "person":
      return `/tasks?leader=${id}`;
    case "report":
      return `/reports/${linkId ?? id}`;
  }
}
