// Where an evidence file is downloaded (the attachment route checks access).
export const attachmentHref = (id: string) => `/api/v1/attachments/${id}`;
