"use client";
// The forms of one robot slot (the bureau's or a unit's, one kind): set its
// URL (+ 钉钉 secret, never shown back), 清除, 发送测试. Each answers under
// its button.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { clearRobotAction, setRobotAction, testRobotAction } from "@/lib/outbox/actions";
import type { RobotKind } from "@/lib/generated/prisma/enums";
import type { RobotView } from "@/lib/outbox/list-robots";
import { ROBOT_KIND_LABELS } from "@/lib/vocabulary";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";

const PLACEHOLDER: Record<RobotKind, string> = {
  wecom: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…",
  dingtalk: "https://oapi.dingtalk.com/robot/send?access_token=…",
};

export function RobotUrlFields({ kind, errors }: { kind: RobotKind; errors?: Record<string, string[]> }) {
  return (
    <>
      <TextField label="Webhook 地址" name="url" type="url" required placeholder={PLACEHOLDER[kind]} errors={errors?.url} />
      {kind === "dingtalk" && <TextField label="加签密钥（SEC 开头，留空则保持不变）" name="secret" autoComplete="off" errors={errors?.secret} />}
    </>
  );
}

function SetRobotForm({ orgUnitId, kind }: { orgUnitId: string; kind: RobotKind }) {
  const [state, action, pending] = useActionState(setRobotAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="orgUnitId" value={orgUnitId} />
      <input type="hidden" name="kind" value={kind} />
      <RobotUrlFields kind={kind} errors={fieldErrors(state)} />
      <Button type="submit" disabled={pending}>
        保存
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

function SmallAction({
  action,
  orgUnitId,
  kind,
  label,
  owner,
  variant,
}: {
  action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
  orgUnitId: string;
  kind: RobotKind;
  label: string;
  /** 本局企业微信群机器人: a page repeats 发送测试 / 清除 per unit and kind. */
  owner: string;
  variant: "secondary" | "danger";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="orgUnitId" value={orgUnitId} />
      <input type="hidden" name="kind" value={kind} />
      <Button type="submit" variant={variant} disabled={pending} aria-label={`${label}（${owner}${ROBOT_KIND_LABELS[kind]}）`}>
        {pending && label === "发送测试" ? "发送中…" : label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

/** One robot slot: what is set (masked), and its forms. `orgUnitId` "" is the bureau's. */
export function RobotSlot({ orgUnitId, ownerName, kind, robot }: { orgUnitId: string; ownerName: string; kind: RobotKind; robot: RobotView | undefined }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`robot-${orgUnitId || "bureau"}-${kind}`}>
      <p className="text-sm font-medium">{ROBOT_KIND_LABELS[kind]}</p>
      {robot ? (
        <p className="mt-1 text-xs break-all text-slate-600">
          {robot.url}
          {kind === "dingtalk" && <span className="ml-2">{robot.secret ? `加签：已设置（${robot.secret}）` : "未加签"}</span>}
        </p>
      ) : (
        <p className="mt-1 text-xs text-slate-500">未设置</p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-brand-700">{robot ? "修改" : "设置"}</summary>
        <div className="mt-2">
          <SetRobotForm orgUnitId={orgUnitId} kind={kind} />
        </div>
      </details>
      {robot && (
        <div className="mt-2 flex flex-wrap gap-2">
          <SmallAction action={testRobotAction} orgUnitId={orgUnitId} kind={kind} label="发送测试" owner={ownerName} variant="secondary" />
          <SmallAction action={clearRobotAction} orgUnitId={orgUnitId} kind={kind} label="清除" owner={ownerName} variant="danger" />
        </div>
      )}
    </div>
  );
}
