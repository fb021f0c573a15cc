// The words of delivery: the outbox's channels and states, the robot kinds.
import type { OutboxChannel, OutboxState, RobotKind } from "@/lib/generated/prisma/enums";

export const OUTBOX_CHANNEL_LABELS: Record<OutboxChannel, string> = {
  email: "邮件",
  wecom: "企业微信",
  dingtalk: "钉钉",
};

export const OUTBOX_STATES = ["pending", "sent", "failed"] as const satisfies readonly OutboxState[];

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  pending: "待发送",
  sent: "已发送",
  failed: "发送失败",
};

export const ROBOT_KINDS = ["wecom", "dingtalk"] as const satisfies readonly RobotKind[];

export const ROBOT_KIND_LABELS: Record<RobotKind, string> = {
  wecom: "企业微信群机器人",
  dingtalk: "钉钉群机器人",
};
