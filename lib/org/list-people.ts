import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";

export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  taskCount: number;
  hasAccount: boolean;
  /** The leader account linked to this person (their 我负责的). */
  account: { displayName: string; username: string } | null;
}

export async function listPeople(tx: Tx, tenantId: string, filter: { q?: string; page: number }): Promise<Page<PersonRow>> {
  const where: Prisma.PersonWhereInput = { tenantId, ...(filter.q ? { name: { contains: filter.q } } : {}) };
  const rows = await tx.person.findMany({
    where,
    orderBy: { name: "asc" },
    ...pageArgs(filter.page),
    select: {
      id: true,
      name: true,
      title: true,
      userId: true,
      user: { select: { displayName: true, username: true } },
      _count: { select: { taskLeaders: true } },
    },
  });
  const total = await tx.person.count({ where });
  return toPage(
    rows.map((r) => ({ id: r.id, name: r.name, title: r.title, taskCount: r._count.taskLeaders, hasAccount: r.userId !== null, account: r.user })),
    total,
    filter.page,
  );
}
