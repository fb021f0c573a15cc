"use client";
// Adds a unit by hand: a name and a kind (a school the plans never named).
// Both fields are controlled, so a refusal keeps what was typed (React resets
// an action form's uncontrolled fields), and a success clears the name.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/auth/action";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { addUnitAction } from "@/lib/units/actions";
import { KindSelect } from "./kind-select";

export function AddUnitForm() {
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrgUnitKind>("school");
  const [state, action, pending] = useActionState(async (prev: ActionResult<{ unitId: string }> | null, form: FormData) => {
    const result = await addUnitAction(prev, form);
    if (result.ok) setName("");
    return result;
  }, null);
  const errors = fieldErrors(state);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
      <TextField label="单位名称" name="name" required maxLength={100} errors={errors?.name} value={name} onChange={(e) => setName(e.target.value)} />
      <KindSelect id="add-unit-kind" value={kind} onChange={setKind} errors={errors?.kind} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在添加…" : "添加单位"}
      </Button>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
