import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";

export interface MemberRow {
  membershipId: string;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  isActive: boolean;
  orgUnit: { id: string; name: string } | null;
  lastLoginAt: Date | null;
  /** The 责任领导 this (leader) account is linked to. */
  linkedPeople: { id: string; name: string }[];
}

export async function listMembers(tx: Tx, tenantId: string, filter: { q?: string; page: number }): Promise<Page<MemberRow>> {
  const where: Prisma.MembershipWhereInput = {
    tenantId,
    ...(filter.q ? { user: { OR: [{ username: { contains: filter.q, mode: "insensitive" } }, { displayName: { contains: filter.q } }] } } : {}),
  };
  const rows = await tx.membership.findMany({
    where,
    orderBy: [{ role: "asc" }, { user: { username: "asc" } }],
    ...pageArgs(filter.page),
    include: {
      user: {
        select: {
          username: true,
          displayName: true,
          isActive: true,
          lastLoginAt: true,
          people: { where: { tenantId }, select: { id: true, name: true }, orderBy: { name: "asc" } },
        },
      },
      orgUnit: { select: { id: true, name: true } },
    },
  });
  const total = await tx.membership.count({ where });
  return toPage(
    rows.map((m) => ({
      membershipId: m.id,
      userId: m.userId,
      username: m.user.username,
      displayName: m.user.displayName,
      role: m.role,
      isActive: m.user.isActive,
      orgUnit: m.orgUnit,
      lastLoginAt: m.user.lastLoginAt,
      linkedPeople: m.user.people,
    })),
    total,
    filter.page,
  );
}
