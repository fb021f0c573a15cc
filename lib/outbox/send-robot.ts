// The two group robots' webhooks (企业微信, 钉钉): a markdown message POSTed as
// JSON; the robot accepted it only when its answer says errcode 0. 钉钉 with a
// 加签 secret signs timestamp + "\n" + secret with HMAC-SHA256 (base64, URL-
// encoded) and appends &timestamp=…&sign=… .
import { createHmac } from "node:crypto";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import { robotMarkdown, type OutgoingMessage } from "./compose";
import { DeliveryError, networkFailure } from "./delivery-error";
import { NOTIFICATION_MESSAGES } from "./messages";

export interface RobotEndpoint {
  kind: RobotKind;
  url: string;
  secret: string | null;
}

const TIMEOUT_MS = 10_000;

export function dingtalkSignedUrl(url: string, secret: string, timestamp = Date.now()): string {
  const sign = createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
  const parsed = new URL(url);
  parsed.searchParams.set("timestamp", String(timestamp));
  parsed.searchParams.set("sign", sign);
  return parsed.toString();
}

function request(robot: RobotEndpoint, m: OutgoingMessage): { url: string; payload: unknown } {
  const text = robotMarkdown(m);
  if (robot.kind === "wecom") return { url: robot.url, payload: { msgtype: "markdown", markdown: { content: text } } };
  return {
    url: robot.secret ? dingtalkSignedUrl(robot.url, robot.secret) : robot.url,
    payload: { msgtype: "markdown", markdown: { title: m.title, text } },
  };
}

/** Resolves once the robot accepted the message; throws DeliveryError otherwise. */
export async function sendRobotMessage(robot: RobotEndpoint, m: OutgoingMessage): Promise<void> {
  const { url, payload } = request(robot, m);
  let response: Response;
  try {
    // No redirects: an official host that redirected could aim the server anywhere.
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw networkFailure(err);
  }
  if (!response.ok) throw new DeliveryError(NOTIFICATION_MESSAGES.httpFailed(response.status));
  const answer = (await response.json().catch(() => null)) as { errcode?: unknown; errmsg?: unknown } | null;
  if (!answer || answer.errcode !== 0) {
    const code = answer?.errcode ?? "无";
    throw new DeliveryError(NOTIFICATION_MESSAGES.robotRefused(String(code), answer?.errmsg ? String(answer.errmsg).slice(0, 100) : null));
  }
}
