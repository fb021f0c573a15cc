"use client";

import { fieldErrors } from "@/components/ui/form-message";
import { ActiveToggleForm, RowActionForm, RowActions } from "@/components/ui/row-actions";
import { TextField } from "@/components/ui/text-field";
import { useRetainingAction } from "@/components/ui/use-retaining-action";
import { createCityViewerAction, resetCityViewerPasswordAction, setCityViewerActiveAction } from "@/lib/platform/actions";
import { CitySelect } from "./city-select";
import { IssuedPassword, IssuingFormFooter } from "./issued-password";

export function CreateCityViewerForm({ cities }: { cities: { code: string; name: string }[] }) {
  const { state, formAction, pending, typed, formKey } = useRetainingAction(createCityViewerAction);
  const errors = fieldErrors(state);
  return (
    <form key={formKey} action={formAction} className="space-y-3" noValidate data-testid="create-city-viewer-form">
      <CitySelect label="市级教育局" name="cityCode" cities={cities} defaultValue={typed.cityCode} />
      <TextField label="用户名" name="username" autoComplete="off" defaultValue={typed.username} errors={errors?.username} />
      <TextField label="姓名" name="displayName" autoComplete="off" defaultValue={typed.displayName} errors={errors?.displayName} />
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
