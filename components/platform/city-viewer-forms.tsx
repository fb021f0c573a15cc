"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { createCityViewerAction, resetCityViewerPasswordAction, setCityViewerActiveAction } from "@/lib/platform/actions";
import { IssuedPassword } from "./issued-password";

export function CreateCityViewerForm({ cities }: { cities: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createCityViewerAction, null);
  const errors = fieldErrors(state);
  return (
    <form action={action} className="space-y-3" noValidate>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">市级教育局</span>
        <select name="cityCode" className="block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base sm:text-sm">
          {cities.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <TextField label="用户名" name="username" autoComplete="off" errors={errors?.username} />
      <TextField label="姓名" name="displayName" autoComplete="off" errors={errors?.displayName} />
      <FormMessage state={state} />
      {state?.ok && <IssuedPassword issued={state.data} />}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在创建…" : "创建查看账号"}
      </Button>
    </form>
  );
}

export function CityViewerRowActions({ viewer }: { viewer: { username: string; isActive: boolean } }) {
  const [resetState, resetAction, resetPending] = useActionState(resetCityViewerPasswordAction, null);
  const [activeState, activeAction, activePending] = useActionState(setCityViewerActiveAction, null);
  return (
    <details className="w-full sm:w-auto">
      <summary className="cursor-pointer text-sm text-brand-700">管理</summary>
      <div className="mt-3 grid gap-3 rounded-lg bg-slate-50 p-3 sm:w-72">
        <form action={resetAction} className="space-y-2">
          <input type="hidden" name="username" value={viewer.username} />
          <Button type="submit" variant="secondary" disabled={resetPending}>
            重置为一次性密码
          </Button>
          <FormMessage state={resetState} />
          {resetState?.ok && <IssuedPassword issued={resetState.data} />}
        </form>
        <form action={activeAction} className="space-y-2">
          <input type="hidden" name="username" value={viewer.username} />
          <input type="hidden" name="active" value={viewer.isActive ? "false" : "true"} />
          <Button type="submit" variant={viewer.isActive ? "danger" : "secondary"} disabled={activePending}>
            {viewer.isActive ? "停用账号" : "启用账号"}
          </Button>
          <FormMessage state={activeState} />
        </form>
      </div>
    </details>
  );
}
