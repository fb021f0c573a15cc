"use client";

import { useState } from "react";
import { fieldErrors } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useRetainingAction, type TypedValues } from "@/components/ui/use-retaining-action";
import { createTenantAction } from "@/lib/platform/actions";
import { TENANT_KIND_LABELS, TENANT_KINDS } from "@/lib/vocabulary";
import type { ActionResult } from "@/lib/auth/action";
import type { IssuedPassword } from "@/lib/platform/actions";
import { IssuingFormFooter } from "./issued-password";

/** Keeps what was typed after a refusal (the kind select is state of its own and survives the remount). */
export function CreateTenantForm({ cities }: { cities: { code: string; name: string }[] }) {
  const { state, formAction, pending, typed, formKey } = useRetainingAction(createTenantAction);
  return <TenantFields key={formKey} cities={cities} formAction={formAction} state={state} pending={pending} typed={typed} />;
}

function TenantFields({
  cities,
  formAction,
  state,
  pending,
  typed,
}: {
  cities: { code: string; name: string }[];
  formAction: (form: FormData) => void;
  state: ActionResult<IssuedPassword> | null;
  pending: boolean;
  typed: TypedValues;
}) {
  const [kind, setKind] = useState<(typeof TENANT_KINDS)[number]>(typed.kind === "city" ? "city" : "bureau");
  const errors = fieldErrors(state);
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="create-tenant-form">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">单位类型</span>
        <select
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
        >
          {TENANT_KINDS.map((k) => (
            <option key={k} value={k}>
              {TENANT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <TextField label="单位代码（小写字母，如 xixia）" name="code" autoComplete="off" defaultValue={typed.code} errors={errors?.code} />
      <TextField label="单位名称" name="name" autoComplete="off" defaultValue={typed.name} errors={errors?.name} />
      {kind === "bureau" && (
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">所属市级教育局</span>
          <select
            name="parentCode"
            defaultValue={typed.parentCode ?? ""}
            className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm"
          >
            <option value="">（无）</option>
            {cities.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}（{c.code}）
              </option>
            ))}
          </select>
          {errors?.parentCode && <span className="mt-1 block text-xs text-red-600">{errors.parentCode.join("；")}</span>}
        </label>
      )}
      <TextField
        label={kind === "bureau" ? "管理员用户名" : "查看账号用户名"}
        name="adminUsername"
        autoComplete="off"
        defaultValue={typed.adminUsername}
        errors={errors?.adminUsername}
      />
      <TextField label="姓名（可不填）" name="adminName" autoComplete="off" defaultValue={typed.adminName} errors={errors?.adminName} />
      <IssuingFormFooter state={state} pending={pending} label="开通单位" pendingLabel="正在开通…" />
    </form>
  );
}
