// A notice as each channel shows it: short Chinese text and an absolute link
// to the task or slot (lib/outbox/config.ts says which address).
import { absoluteLink } from "./config";

export interface OutgoingMessage {
  title: string;
  body: string;
  link: string | null;
}

export function emailText(m: OutgoingMessage): string {
  return [m.body, "", `查看详情：${absoluteLink(m.link)}`, "", "—— EduPlan 教育规划督办平台（系统自动发送，请勿直接回复）"].join("\n");
}

/** Markdown both robots render: a bold title, the body as quoted lines, the link. */
export function robotMarkdown(m: OutgoingMessage): string {
  const lines = m.body
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => `> ${l}`);
  return [`**${m.title}**`, ...lines, "", `[查看详情](${absoluteLink(m.link)})`].join("\n");
}
