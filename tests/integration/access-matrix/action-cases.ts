// The access matrix's tests of one server action (see run-matrix.ts for the rules).
import path from "node:path";
import { expect, it } from "vitest";
import { FAILURE_MESSAGES } from "@/lib/auth/failure";
import { CALLERS, callerById, type Caller } from "./callers";
import { ROOT, parseActionKey } from "./discover";
import type { ActionEntry, ActionInput } from "./expectations";
import { actAs, allows, nameOf, type Matrix } from "./matrix";

type Outcome = { returned: unknown } | { redirect: string };

async function callAction(key: string, caller: Caller, input: ActionInput): Promise<Outcome> {
  const { file, name } = parseActionKey(key);
  const fn = ((await import(path.join(ROOT, file))) as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`${key} is not an exported function (renamed? update the matrix entry)`);
  await actAs(caller);
  try {
    // (prev, input) for form actions used with useActionState, (input) otherwise.
    return { returned: await (fn.length >= 2 ? fn(null, input) : fn(input)) };
  } catch (err) {
    const digest = (err as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] ?? "" };
    throw err;
  }
}

/** Not a validation error (the input would be malformed: the refusal would prove nothing) nor a crash. */
function judgeAnswer(context: string, outcome: Outcome, check: typeof expect.soft = expect): void {
  if (!("returned" in outcome) || !outcome.returned || typeof outcome.returned !== "object") return;
  const { message, fieldErrors } = outcome.returned as { message?: string; fieldErrors?: unknown };
  check(message, `${context}: the action rejected the matrix's input as invalid ${JSON.stringify(fieldErrors)}: fix the entry`).not.toBe(
    FAILURE_MESSAGES.invalid,
  );
  check(message, `${context}: the action failed unexpectedly (see the log)`).not.toBe(FAILURE_MESSAGES.failed);
}

export function actionCases(m: Matrix, key: string, entry: ActionEntry): void {
  const refusal = (caller: Caller): Outcome => ({
    returned: entry.returnsNothing ? undefined : { ok: false, message: caller.username ? FAILURE_MESSAGES.forbidden : FAILURE_MESSAGES.signedOut },
  });
  const foreignInputs = (target: "victim" | "ghost"): [string, ActionInput][] => [
    ["the target's objects", entry.input(m.aim(target))],
    ...Object.entries(entry.mixed ?? {}).map(([label, build]): [string, ActionInput] => [label, build(m.aim(target))]),
  ];

  for (const caller of CALLERS) {
    if (!allows(entry.permission, caller)) {
      it(`${nameOf(caller)}: refused (${caller.username ? "forbidden" : "signed out"}), nothing written`, async () => {
        const inputs: [string, ActionInput][] = [
          ["its own tenant's objects", entry.input(m.aim("own"))],
          ...(entry.noForeignIds ? [] : foreignInputs("victim")),
        ];
        const changes = await m.observed(async () => {
          for (const [label, input] of inputs) expect.soft(await callAction(key, caller, input), `${caller.id} on ${label}`).toEqual(refusal(caller));
        });
        m.expectNoWrites(changes, `${caller.id}, refused,`);
      });
    } else if (!entry.noForeignIds) {
      it(`${nameOf(caller)}: permitted, but the victim's objects are answered like missing ones, nothing written`, async () => {
        const ghosts = foreignInputs("ghost");
        const changes = await m.observed(async () => {
          for (const [i, [label, input]] of foreignInputs("victim").entries()) {
            const context = `${caller.id} on ${label} (target: the victim)`;
            const victim = await callAction(key, caller, input);
            judgeAnswer(context, victim, expect.soft);
            m.expectNoLeak(victim, context, expect.soft);
            if (entry.foreignMaySucceed) continue;
            // Equal to the ghost's answer is not enough where the answer does not depend on the id existing.
            if (!entry.returnsNothing) expect.soft(victim, `${context}: succeeded`).toMatchObject({ returned: { ok: false } });
            expect.soft(victim, `${context}: answered unlike for ids that do not exist`).toEqual(await callAction(key, caller, ghosts[i]![1]));
          }
        });
        // A copy imported into the caller's own tenant is the one write foreignMaySucceed allows.
        const outside = entry.foreignMaySucceed ? changes.filter((c) => c.tenantId !== m.world.own.tenantId) : changes;
        m.expectNoWrites(outside, `${caller.id}, aimed at the victim,`);
      });
    }
  }

  const successor = callerById(entry.success.as);
  it(`${nameOf(successor)}: succeeds on its own tenant's objects, writes nowhere else`, async () => {
    expect(allows(entry.permission, successor), `${successor.id} is not permitted ${entry.permission}: pick a permitted caller`).toBe(true);
    const context = `${successor.id} on its own objects`;
    let outcome: Outcome = { returned: undefined };
    const changes = await m.observed(async () => {
      outcome = await callAction(key, successor, entry.input(m.aim("own")));
    });
    if (!entry.returnsNothing && "returned" in outcome) {
      judgeAnswer(context, outcome);
      expect(outcome.returned, context).toMatchObject({ ok: true });
    }
    m.expectOwnWrites(changes, entry.success, context);
    m.expectNoLeak(outcome, context);
  });
}
