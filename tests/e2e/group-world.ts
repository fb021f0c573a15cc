// The group units' browser-test world (created by group-fixtures.ts, read by the specs).
export const GROUP_WORLDS = { desktop: "qunti-desk", phone: "qunti-phone" } as const;
export const GROUP_SCHOOLS = 12;
export const GROUP_KINDERGARTENS = 2;
export const GROUP_PLAN = "群体单位填报演练计划";
export const GROUP_TASK = "落实“双减”要求，各校报送作业管理情况";
export const GROUP_NAME = "各中小学校、幼儿园";
export const FIRST_SCHOOL = "第01小学";
