// E-mail over SMTP with nodemailer (EDUPLAN_SMTP_URL, EDUPLAN_SMTP_FROM). The
// Message-ID comes from the outbox key, so a message sent again after a crash
// carries the same id and a receiving server or client can drop the repeat.
import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { SmtpConfig } from "./config";
import { emailText, type OutgoingMessage } from "./compose";
import { DeliveryError, networkFailure } from "./delivery-error";

export function messageIdOf(tenantId: string, messageKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "eduplan.local";
  return `<${createHash("sha256").update(`${tenantId}:${messageKey}`).digest("hex").slice(0, 40)}@${domain}>`;
}

/** Resolves once the SMTP server accepted the message for the address; throws DeliveryError otherwise. */
export async function sendEmail(smtp: SmtpConfig, to: string, m: OutgoingMessage, messageId: string): Promise<void> {
  const transport = nodemailer.createTransport(smtp.url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  try {
    const info = await transport.sendMail({ from: smtp.from, to, subject: m.title, text: emailText(m), messageId });
    if (info.rejected.length > 0) throw new DeliveryError("邮件服务器拒收该地址");
  } catch (err) {
    if (err instanceof DeliveryError) throw err;
    const e = err as { responseCode?: number; response?: string };
    // The server's own answer (550 …) says what is wrong; it holds no credentials.
    if (e.responseCode) throw new DeliveryError(`邮件服务器拒收（${e.responseCode}${e.response ? ` ${e.response.slice(0, 80)}` : ""}）`);
    throw networkFailure(err);
  } finally {
    transport.close();
  }
}
