// Where an evidence file is downloaded, and where it is shown in the browser
// (images and PDF only; the routes check access and the type).
export const attachmentHref = (id: string) => `/api/v1/attachments/${id}`;
export const attachmentViewHref = (id: string) => `/api/v1/attachments/${id}/view`;
