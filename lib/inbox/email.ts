// Optional e-mail copies of the daily digest; off unless EDUPLAN_EMAIL says
// otherwise. The in-app inbox stays the record: a mail that fails is logged,
// never retried, and never undoes a digest.
//
// Users carry no e-mail address (the schema has none), so `to` is the
// recipient's username. A deployment that wants real mail writes an adapter
// implementing EmailSender that maps usernames to addresses (its directory,
// HR system, or a naming rule), skips usernames it cannot map, and talks SMTP
// or a mail API; then returns it from getEmailSender below.
import "server-only";

export interface EmailSender {
  /** `to` is a username; the adapter resolves it to an address. */
  send(to: string, subject: string, text: string): Promise<void>;
}

/** EDUPLAN_EMAIL=log: prints each mail to stdout, for trying the feature or wiring a log shipper. */
export class LogEmailSender implements EmailSender {
  async send(to: string, subject: string, text: string): Promise<void> {
    console.log(`[email] to=${to} subject=${subject}\n${text}`);
  }
}

let warned = false;

/** The configured sender, or null when e-mail is off (the default). */
export function getEmailSender(env: NodeJS.ProcessEnv = process.env): EmailSender | null {
  const mode = env.EDUPLAN_EMAIL?.trim() ?? "";
  if (mode === "" || mode === "off") return null;
  if (mode === "log") return new LogEmailSender();
  // A typo must not take the digest job down with it; say so once and stay off.
  if (!warned) console.warn(`[email] unknown EDUPLAN_EMAIL=${mode}; e-mail stays off (supported: log)`);
  warned = true;
  return null;
}
