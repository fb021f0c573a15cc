import type { TenantSession } from "@/lib/auth/session";

// Always by tenant AND user: the own_inbox policy lets a user read their
// messages in every tenant, and the inbox shows the active tenant's only.
export const ownInbox = (session: TenantSession) => ({ tenantId: session.tenant.tenantId, userId: session.userId });
