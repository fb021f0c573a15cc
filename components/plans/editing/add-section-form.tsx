"use client";

import { createSectionAction } from "@/lib/plans/editing/actions";
import { SingleFieldForm } from "./single-field-form";

export function AddSectionForm({ planId }: { planId: string }) {
  return (
    <SingleFieldForm
      action={createSectionAction}
      hidden={{ planId }}
      label="新增一级部分"
      placeholder="如：一、全面加强党的建设"
      submitLabel="添加部分"
      reset
    />
  );
}
