// Names shared by the merge fixture (unit-fixtures.ts, run by serve.ts) and the
// browser specs, without the server-only modules the fixture needs.
import path from "node:path";

export const UNIT_FIXTURES_FILE = path.resolve(".tmp/e2e/unit-fixtures.json");
export const MERGE_TENANTS = { desktop: "helan", phone: "huiji" } as const;
export const KEEP_NAME = "城关街道";
export const DUPLICATE_NAME = "城关街道办事处";
export const REPORT_TEXT = "合并前提交的报告：城关街道已完成学位摸底";
export const PERIOD_LABEL = "2030年一季度（合并测试）";

export type UnitFixtures = Record<string, { taskId: string }>;
