// Which webhook URLs a bureau admin may set. The server POSTs to them, so an
// admin-chosen URL could aim it at the bureau's internal network; only the two
// official robot endpoints are allowed, over https on 443, named by host (no
// IP literal, no user info). The deployment's own env robots are exempt.
import type { RobotKind } from "@/lib/generated/prisma/enums";

const OFFICIAL: Record<RobotKind, { host: string; path: string; example: string }> = {
  wecom: { host: "qyapi.weixin.qq.com", path: "/cgi-bin/webhook/send", example: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" },
  dingtalk: { host: "oapi.dingtalk.com", path: "/robot/send", example: "https://oapi.dingtalk.com/robot/send?access_token=…" },
};

/** null when the URL is an official robot endpoint of that kind, else the reason in Chinese. */
export function robotUrlProblem(kind: RobotKind, raw: string): string | null {
  const { host, path, example } = OFFICIAL[kind];
  const wrong = `地址必须是官方机器人地址，形如 ${example}`;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return wrong;
  }
  if (url.protocol !== "https:") return "地址必须以 https:// 开头";
  if (url.username || url.password) return wrong;
  // URL normalises :443 away for https; any other port stays and is refused.
  if (url.port !== "") return "地址不能指定端口";
  if (url.hostname !== host || url.pathname !== path) return wrong;
  if (url.hash) return wrong;
  return null;
}
