// The staff's 待办 row on the home page: each queue's word and the list it opens.
import { REPORT_STATUS_REVIEWER_LABELS } from "./report-status";
import { SUPERVISION_REQUEST_KIND_LABELS } from "./supervision";
import { SLIP_STATE_LABELS } from "./slip";
import { AWAITING_ACK_LABEL } from "./task-light";

/** 督办单 not yet replied to: the staff queue and a unit reporter's digest line. */
export const SLIPS_AWAITING_LABEL = `督办单${SLIP_STATE_LABELS.awaiting}`;

export const STAFF_QUEUES = [
  { key: "toReview", label: REPORT_STATUS_REVIEWER_LABELS.submitted, href: "/review" },
  { key: "toAcknowledge", label: AWAITING_ACK_LABEL, href: "/supervision/acknowledgements" },
  { key: "extensionRequests", label: SUPERVISION_REQUEST_KIND_LABELS.extension, href: "/supervision/requests?kind=extension" },
  { key: "closingRequests", label: SUPERVISION_REQUEST_KIND_LABELS.closing, href: "/supervision/requests?kind=closing" },
  { key: "slipsAwaitingReply", label: SLIPS_AWAITING_LABEL, href: "/supervision/slips?state=awaiting" },
] as const;
