// The bounds of a bureau's 督办 settings: at least a day, at most what still
// means "soon" (two months for 亮灯, a month for 签收).
import { z } from "zod";

export const SETTINGS_BOUNDS = { dueSoonDays: { min: 1, max: 60 }, ackDays: { min: 1, max: 30 } } as const;

const days = (label: string, { min, max }: { min: number; max: number }) =>
  z.coerce
    .number({ error: `${label}请填写 ${min}–${max} 的整数` })
    .int({ error: `${label}请填写 ${min}–${max} 的整数` })
    .min(min, { error: `${label}不能少于 ${min} 天` })
    .max(max, { error: `${label}不能超过 ${max} 天` });

export const supervisionSettingsSchema = z.object({
  dueSoonDays: days("临近时限天数", SETTINGS_BOUNDS.dueSoonDays),
  ackDays: days("签收时限天数", SETTINGS_BOUNDS.ackDays),
});

export type SupervisionSettingsInput = z.infer<typeof supervisionSettingsSchema>;
