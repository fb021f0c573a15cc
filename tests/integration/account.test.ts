// The account page's actions and reads, and the platform admin's, called
// directly as a hostile client would.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dismissSignInNoticeAction, endAllMySessionsAction, endUserSessionsAction } from "@/lib/account/actions";
import { findUsersForPlatform } from "@/lib/account/find-users-for-platform";
import { listOwnFailures } from "@/lib/account/list-own-failures";
import { listOwnSessions, SESSIONS_SHOWN } from "@/lib/account/list-own-sessions";
import { getAuthSession, loadAuthSession } from "@/lib/auth/session";
import { withUser } from "@/lib/auth/user-scope";
import { getPrisma } from "@/lib/db/client";
import { pruneAuthRecords } from "@/lib/jobs/prune-auth";
import { openSessionFor, ownerDb, signInAs, signOut } from "@/tests/support/db";

describe("account", () => {
  it("退出所有设备 ends every session of the caller, this one included, and nobody else's", async () => {
    const phone = await openSessionFor("jinfeng.staff");
    const colleague = await openSessionFor("jinfeng.leader");
    const here = await signInAs("jinfeng.staff");
    expect(await endAllMySessionsAction(null, {})).toMatchObject({ ok: true, data: 2, message: "已退出所有设备，请重新登录" });
    expect(await loadAuthSession(phone)).toBeNull();
    expect(await loadAuthSession(here)).toBeNull();
    expect(await getAuthSession()).toBeNull();
    expect(await loadAuthSession(colleague)).not.toBeNull();
  });

  it("needs a session", async () => {
    signOut();
    expect(await endAllMySessionsAction(null, {})).toEqual({ ok: false, message: "登录已失效，请重新登录" });
  });

  it("lists the caller's own live sessions and failed attempts only", async () => {
    const other = await signInAs("helan.admin");
    const me = await signInAs("helan.reporter");
    await ownerDb().authFailure.createMany({
      data: [
        { username: "helan.reporter", userId: me.userId, address: "203.0.113.1" },
        { username: "helan.admin", userId: other.userId, address: "203.0.113.2" },
      ],
    });
    const { sessions, failures } = await withUser(me.userId, async (tx) => ({
      sessions: await listOwnSessions(tx, me),
      failures: await listOwnFailures(tx, me.userId),
    }));
    expect(sessions.total).toBe(1);
    expect(sessions.items.map((s) => s.id)).toEqual([me.sessionId]);
    expect(sessions.items[0]).toMatchObject({ current: true, device: "未知设备" });
    expect(failures).toMatchObject({ total: 1, items: [{ address: "203.0.113.1" }] });
  });

  it("names this device and the newest others, and counts them all, however many are signed in", async () => {
    const me = await signInAs("helan.staff");
    const later: string[] = [];
    for (let i = 0; i < SESSIONS_SHOWN + 2; i++) later.push((await openSessionFor("helan.staff")).sessionId);
    const sessions = await withUser(me.userId, (tx) => listOwnSessions(tx, me));
    expect(sessions.total).toBe(SESSIONS_SHOWN + 3);
    // This one first though it is the oldest, then the newest others, newest first.
    expect(sessions.items.map((s) => s.id)).toEqual([me.sessionId, ...later.reverse().slice(0, SESSIONS_SHOWN - 1)]);
    expect(sessions.items.filter((s) => s.current)).toHaveLength(1);
  });

  it("the sign-in notice stays until the user dismisses it on that session", async () => {
    const token = await signInAs("huiji.leader");
    await ownerDb().authSession.update({
      where: { id: token.sessionId },
      data: { failuresBefore: 3, lastFailureAt: new Date(), lastFailureAddress: "198.51.100.9" },
    });
    expect((await loadAuthSession(token))?.signInNotice).toMatchObject({ failures: 3, lastAddress: "198.51.100.9" });
    expect(await dismissSignInNoticeAction(null, {})).toMatchObject({ ok: true, message: "已知晓" });
    expect((await loadAuthSession(token))?.signInNotice).toBeNull();
  });

  it("a platform admin ends anyone's sessions; nobody else may", async () => {
    const target = await openSessionFor("xingqing.reporter");
    await signInAs("xingqing.admin");
    expect(await endUserSessionsAction(null, { userId: target.userId })).toEqual({ ok: false, message: "您没有执行此操作的权限" });
    expect(await loadAuthSession(target)).not.toBeNull();

    const admin = await signInAs("platform.admin");
    expect(await endUserSessionsAction(null, { userId: randomUUID() })).toMatchObject({ ok: false, message: "用户不存在" });
    expect(await endUserSessionsAction(null, { userId: target.userId })).toMatchObject({ ok: true, data: 1 });
    expect(await loadAuthSession(target)).toBeNull();
    const found = await withUser(admin.userId, (tx) => findUsersForPlatform(tx, "xingqing.rep"));
    expect(found).toEqual([expect.objectContaining({ username: "xingqing.reporter", liveSessions: 0 })]);
    // The same search in a non-admin's scope finds only what RLS lets that user see.
    expect(await withUser(target.userId, (tx) => findUsersForPlatform(tx, "xingqing"))).toEqual([expect.objectContaining({ username: "xingqing.reporter" })]);
  });

  it("the daily prune removes dead sessions and month-old failures, and keeps the rest", async () => {
    const live = await openSessionFor("jinfeng.admin");
    const dead = await openSessionFor("jinfeng.admin");
    const dayAgo = new Date(Date.now() - 2 * 86_400_000);
    await ownerDb().authSession.update({ where: { id: dead.sessionId }, data: { revokedAt: dayAgo } });
    await ownerDb().authFailure.createMany({
      data: [
        { username: "old", address: "x", createdAt: new Date(Date.now() - 31 * 86_400_000) },
        { username: "recent", address: "x" },
      ],
    });
    expect(await pruneAuthRecords(getPrisma())).toBeGreaterThanOrEqual(2);
    expect(await ownerDb().authSession.findUnique({ where: { id: dead.sessionId } })).toBeNull();
    expect(await ownerDb().authSession.findUnique({ where: { id: live.sessionId } })).not.toBeNull();
    expect((await ownerDb().authFailure.findMany({ where: { address: "x" } })).map((f) => f.username)).toEqual(["recent"]);
  });
});
