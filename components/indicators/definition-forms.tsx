"use client";
// Platform admin forms for the catalogue: a new definition, and a revision of
// an existing one (always a new version; old versions are never edited).
import { SelectField, TextAreaField } from "@/components/plans/editing/form-fields";
import { useFormAction } from "@/components/plans/editing/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { createDefinitionAction, reviseDefinitionAction } from "@/lib/indicators/catalogue-actions";
import { DEFINITION_DIRECTIONS, DIRECTION_LABELS } from "@/lib/vocabulary";

function today(): string {
  // China time: a revision typed in the evening is effective "today" there.
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function ReviseDefinitionForm(props: { definitionId: string; currentVersion: number; definition: string; unit: string | null }) {
  const { state, pending, errors, form } = useFormAction(reviseDefinitionAction);
  return (
    <form {...form} className="space-y-3" data-testid="revise-definition-form">
      <input type="hidden" name="definitionId" value={props.definitionId} />
      <input type="hidden" name="expectedVersion" value={props.currentVersion} />
      <TextAreaField
        label="新版口径说明"
        hint={`将发布为第 ${props.currentVersion + 1} 版`}
        name="definition"
        rows={4}
        maxLength={2000}
        defaultValue={props.definition}
        errors={errors?.definition}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="单位" name="unit" maxLength={20} defaultValue={props.unit ?? ""} errors={errors?.unit} />
        <TextField label="生效日期" name="effectiveFrom" type="date" defaultValue={today()} errors={errors?.effectiveFrom} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在发布…" : "发布新版本"}
      </Button>
    </form>
  );
}

export function CreateDefinitionForm() {
  const { state, pending, errors, form } = useFormAction(createDefinitionAction, { reset: true });
  return (
    <form {...form} className="space-y-3" data-testid="create-definition-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="指标名称" name="name" maxLength={100} placeholder="如：学生体质健康达标率" errors={errors?.name} />
        <TextField label="代码" name="code" maxLength={64} placeholder="如：student-fitness-pass-rate" autoCapitalize="off" errors={errors?.code} />
      </div>
      <TextField
        label="同义名称（用顿号或逗号分隔，可选）"
        name="synonyms"
        placeholder="体质健康达标率、国家学生体质健康标准达标率"
        errors={errors?.synonyms}
      />
      <div className="grid grid-cols-3 gap-3">
        <TextField label="单位" name="unit" maxLength={20} placeholder="%" errors={errors?.unit} />
        <SelectField
          label="方向"
          name="direction"
          options={DEFINITION_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }))}
          errors={errors?.direction}
        />
        <TextField label="生效日期" name="effectiveFrom" type="date" defaultValue={today()} errors={errors?.effectiveFrom} />
      </div>
      <TextAreaField label="口径说明" name="definition" rows={4} maxLength={2000} placeholder="分子、分母、统计时点和数据来源" errors={errors?.definition} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在创建…" : "新建口径"}
      </Button>
    </form>
  );
}
