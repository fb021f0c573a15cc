"use client";

import { TextField } from "@/components/ui/text-field";
import { ActiveToggleForm, RowActionForm, RowActions } from "@/components/ui/row-actions";
import { moveTenantAction, renameTenantAction, setTenantActiveAction } from "@/lib/platform/actions";
import { CitySelect } from "./city-select";

interface Row {
  id: string;
  name: string;
  kind: "city" | "bureau";
  isActive: boolean;
  parentCode: string | null;
}

export function TenantRowActions({ tenant, cities }: { tenant: Row; cities: { code: string; name: string }[] }) {
  const row = { tenantId: tenant.id };
  return (
    <RowActions>
      <RowActionForm
        action={renameTenantAction}
        hidden={row}
        fields={(errors) => <TextField label="单位名称" name="name" defaultValue={tenant.name} errors={errors?.name} />}
        label="更名"
      />
      {tenant.kind === "bureau" && (
        <RowActionForm
          action={moveTenantAction}
          hidden={row}
          fields={() => <CitySelect label="所属市级教育局" name="parentCode" cities={cities} defaultValue={tenant.parentCode ?? ""} />}
          label="调整上级"
        />
      )}
      <ActiveToggleForm
        action={setTenantActiveAction}
        hidden={row}
        isActive={tenant.isActive}
        note={tenant.isActive ? "停用后该单位的账号不能再登录进入本单位，数据保留，可随时启用。" : undefined}
        labels={{ deactivate: "停用单位", activate: "启用单位" }}
      />
    </RowActions>
  );
}
