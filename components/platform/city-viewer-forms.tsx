"use client";

import { useActionState } from "react";
import { fieldErrors } from "@/components/ui/form-message";
import { ActiveToggleForm, RowActionForm, RowActions } from "@/components/ui/row-actions";
import { TextField } from "@/components/ui/text-field";
import { createCityViewerAction, resetCityViewerPasswordAction, setCityViewerActiveAction } from "@/lib/platform/actions";
import { IssuedPassword, IssuingFormFooter } from "./issued-password";

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
      <IssuingFormFooter state={state} pending={pending} label="创建查看账号" pendingLabel="正在创建…" />
    </form>
  );
}

export function CityViewerRowActions({ viewer }: { viewer: { username: string; isActive: boolean } }) {
  const row = { username: viewer.username };
  return (
    <RowActions className="gap-3 sm:w-72">
      <RowActionForm action={resetCityViewerPasswordAction} hidden={row} label="重置为一次性密码" result={(issued) => <IssuedPassword issued={issued} />} />
      <ActiveToggleForm action={setCityViewerActiveAction} hidden={row} isActive={viewer.isActive} labels={{ deactivate: "停用账号", activate: "启用账号" }} />
    </RowActions>
  );
}
