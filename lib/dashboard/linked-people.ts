// The people (责任领导) linked to an account: who "我负责的" means.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface LinkedPerson {
  id: string;
  name: string;
}

export async function getLinkedPeople(tx: Tx, tenantId: string, userId: string): Promise<LinkedPerson[]> {
  return tx.person.findMany({ where: { tenantId, userId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
