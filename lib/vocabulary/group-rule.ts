// The unit kinds a group unit's rule may name (各中小学校、幼儿园 → school +
// kindergarten). Stored as text on org_units.member_kinds, so `township` may be
// named here before the OrgUnitKind enum has it: this is the one place it is.
export const GROUP_RULE_KINDS = ["school", "kindergarten", "township", "department"] as const;

export type GroupRuleKind = (typeof GROUP_RULE_KINDS)[number];

export const GROUP_RULE_KIND_LABELS: Record<GroupRuleKind, string> = {
  school: "中小学校",
  kindergarten: "幼儿园",
  township: "街道乡镇",
  department: "局内科室",
};

export const isGroupRuleKind = (kind: string): kind is GroupRuleKind => (GROUP_RULE_KINDS as readonly string[]).includes(kind);
