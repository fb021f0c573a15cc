// What the deployment's environment says about delivery: the SMTP server, the
// default group robots (for every bureau without its own) and the public
// address links point at. Read when used, so a test or an operator can change
// them without restarting anything that merely imports this file.
import type { RobotKind } from "@/lib/generated/prisma/enums";

export interface SmtpConfig {
  url: string;
  from: string;
}

/** EDUPLAN_SMTP_URL (smtp://user:pass@host:587, smtps://…): e-mail is queued only when it is set. */
export function smtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig | null {
  const url = env.EDUPLAN_SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: env.EDUPLAN_SMTP_FROM?.trim() || "EduPlan <no-reply@localhost>" };
}

export interface EnvRobot {
  kind: RobotKind;
  url: string;
  secret: string | null;
}

/**
 * EDUPLAN_WECOM_WEBHOOK, EDUPLAN_DINGTALK_WEBHOOK (+ EDUPLAN_DINGTALK_SECRET):
 * the deployment's own robots. Set by the operator, so they may point
 * anywhere (a private gateway, a test receiver); admin-set URLs may not.
 */
export function envRobots(env: NodeJS.ProcessEnv = process.env): EnvRobot[] {
  const robots: EnvRobot[] = [];
  const wecom = env.EDUPLAN_WECOM_WEBHOOK?.trim();
  if (wecom) robots.push({ kind: "wecom", url: wecom, secret: null });
  const dingtalk = env.EDUPLAN_DINGTALK_WEBHOOK?.trim();
  if (dingtalk) robots.push({ kind: "dingtalk", url: dingtalk, secret: env.EDUPLAN_DINGTALK_SECRET?.trim() || null });
  return robots;
}

/**
 * The address people open links at: NEXTAUTH_URL, the public URL the app
 * already signs sessions for (npm start sets it for the web process; set it
 * for `npm run worker` too), else http://localhost:$PORT.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** A link stored relative (/reports/…) made absolute for a message read outside the app. */
export function absoluteLink(link: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const base = publicBaseUrl(env);
  if (!link) return `${base}/`;
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith("/") ? "" : "/"}${link}`;
}
