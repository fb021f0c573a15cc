// The pages the accessibility sweep (a11y.spec.ts, desktop and phone widths) opens
// for each role, besides every page of that role's menu (navLinks). Extend it
// when a page appears: a fixed path, or a detail page reached through the
// first matching link on an earlier entry (so no ids are hard-coded). An entry
// that cannot be opened fails the sweep: nothing is skipped silently.
import type { Role } from "@/lib/generated/prisma/enums";
import { STAFF_DAY } from "./staff-day-world";

export type A11yRole = Role | "platform_admin";

/**
 * One login per role (README.md's demo logins; every password is demo123456).
 * Staff and reporter sign in to the 督办 world (staff-day-world.ts): the demo
 * world in the browser tests has no reporting period, so its report form and
 * review queue would be empty there.
 */
export const A11Y_USERS: Record<A11yRole, string> = {
  bureau_admin: "jinfeng.admin",
  bureau_staff: STAFF_DAY.staff,
  leader: "jinfeng.leader",
  unit_reporter: STAFF_DAY.reporter,
  city_viewer: "yinchuan.viewer",
  platform_admin: "platform.admin",
};

export interface A11yPage {
  /** What a failure calls the page; also how a later entry refers to it in `via.on`. */
  name: string;
  /** A path, or the first link on entry `on` whose path matches `link`, plus `suffix`. */
  path: string | { on: string; link: RegExp; suffix?: string };
  roles: readonly A11yRole[];
}

const UUID = "[0-9a-f-]{36}";
const BUREAU: readonly A11yRole[] = ["bureau_admin", "bureau_staff", "leader", "unit_reporter"];
const OFFICE: readonly A11yRole[] = ["bureau_admin", "bureau_staff"];
const PLAN = new RegExp(`^/plans/${UUID}$`);
const TASK = new RegExp(`^/tasks/${UUID}$`);
const SLOT = new RegExp(`^/reports/${UUID}$`);

export const A11Y_PAGES: readonly A11yPage[] = [
  { name: "规划详情", path: { on: "/plans", link: PLAN }, roles: BUREAU },
  { name: "工作简报", path: { on: "/plans", link: PLAN, suffix: "/briefing" }, roles: BUREAU },
  { name: "规划台账", path: { on: "/plans", link: PLAN, suffix: "/ledger" }, roles: BUREAU },
  { name: "规划通报", path: { on: "/plans", link: PLAN, suffix: "/bulletin" }, roles: BUREAU },
  { name: "五年规划衔接", path: { on: "/plans", link: PLAN, suffix: "/thread" }, roles: BUREAU },
  { name: "编辑规划", path: { on: "/plans", link: PLAN, suffix: "/edit" }, roles: ["bureau_admin"] },
  { name: "新建规划", path: "/plans/new", roles: ["bureau_admin"] },
  { name: "导入规划", path: "/plans/import", roles: ["bureau_admin"] },
  { name: "任务详情", path: { on: "/tasks", link: TASK }, roles: BUREAU },
  { name: "编辑任务", path: { on: "/tasks", link: TASK, suffix: "/edit" }, roles: ["bureau_admin"] },
  { name: "任务填报情况", path: { on: "/tasks", link: TASK, suffix: "/slots" }, roles: BUREAU },
  // The reporter's one slot is already submitted, so it is listed under 全部, not the default 待填报.
  { name: "全部填报", path: "/reports?status=all", roles: ["unit_reporter"] },
  { name: "填报表单", path: { on: "全部填报", link: SLOT }, roles: ["unit_reporter"] },
  { name: "填报期管理", path: "/reports/periods", roles: OFFICE },
  { name: "填报期详情", path: { on: "填报期管理", link: new RegExp(`^/reports/periods/${UUID}$`) }, roles: ["bureau_staff"] },
  // Reached through the period, which lists every unit's report whatever its state: the review
  // queue may be empty by the time the phone project runs (other specs approve its reports).
  { name: "一份填报（工作人员）", path: { on: "填报期详情", link: SLOT }, roles: ["bureau_staff"] },
  { name: "督办单列表", path: "/supervision/slips", roles: BUREAU },
  { name: "督办签收", path: "/supervision/acknowledgements", roles: OFFICE },
  { name: "督办设置", path: "/supervision/settings", roles: OFFICE },
  { name: "单位详情", path: { on: "/units", link: new RegExp(`^/units/${UUID}$`) }, roles: BUREAU },
  { name: "口径库", path: "/indicators/catalogue", roles: BUREAU },
  // Staff and reporter sign in to the 督办 world, whose plan has no indicators: the demo bureau's roles open one.
  { name: "指标详情", path: { on: "/indicators", link: new RegExp(`^/indicators/${UUID}$`) }, roles: ["bureau_admin", "leader"] },
  { name: "数值冲突", path: "/review/conflicts", roles: OFFICE },
  { name: "区县详情", path: { on: "/", link: /^\/districts\/[a-z]+$/ }, roles: ["city_viewer"] },
  { name: "区县对比", path: "/districts", roles: ["city_viewer"] },
  { name: "消息", path: "/inbox", roles: BUREAU },
  { name: "账号", path: "/account", roles: [...BUREAU, "city_viewer", "platform_admin"] },
  { name: "修改密码", path: "/account/password", roles: ["unit_reporter"] },
  // On main since the search branch (tenant:read); opened once the a11y branch is merged over it.
  { name: "搜索", path: "/search?q=学校", roles: [...BUREAU, "city_viewer"] },
];
