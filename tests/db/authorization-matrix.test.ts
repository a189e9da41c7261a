// The authorization matrix, from the code: every server action (every export of every "use server"
// module) must have a row in tests/helpers/authorization-rows.ts, and is run by every kind of actor —
// no session, each role, a liaison and a village secretary on their own and on another's record.
// Allowed: the action is not refused. Refused: the answer is an error that carries no record data,
// nothing is written (every table compared; the audit log gains only the security event), and the
// refusal is on the security tab.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "@/server/db-client";
import { ACTORS, createMatrixSuite, expectedAllowed, type AnyAction, type MatrixWorld, snapshot } from "../helpers/authorization-matrix";
import { ACTION_ROWS } from "../helpers/authorization-rows";
import { runAs } from "../helpers/factories";

// The exported server action wraps its definition with Next.js request glue; here the definition
// itself is kept, to run it on the test database with a chosen session.
vi.mock("@/server/action", () => ({ defineAction: (def: unknown) => ({ definition: def }) }));

const t = translatorFor("zh-CN");
const REFUSALS = [t("errors.notFound"), t("errors.forbidden"), t("errors.notAuthenticated")];

let db: Db;
let w: MatrixWorld;
let actions: Map<string, AnyAction>;
beforeAll(async () => ({ db, w, actions } = await createMatrixSuite()));
afterAll(async () => db.$disconnect());

describe("the authorization matrix", () => {
  it("has a row for every server action in the code, and none for an action that is gone", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACTION_ROWS).sort());
  });

  const cases = Object.entries(ACTION_ROWS).flatMap(([key, row]) => ACTORS.map((actor) => ({ key, row, actor, allowed: expectedAllowed(row, actor) })));

  it.each(cases.map((c) => [c.key, c.actor.label, c.allowed ? "allowed" : "refused", c] as const))("%s — %s: %s", async (_k, _a, _e, { key, row, actor, allowed }) => {
    const def = actions.get(key);
    expect(def, `${key} is not a server action`).toBeDefined();
    const user = actor.user(w);
    const input = await row.input({ db, w, actorId: user?.id ?? null }, actor.side);
    const before = await snapshot(db);
    const lastAudit = (await db.auditEntry.aggregate({ _max: { id: true } }))._max.id ?? 0;

    const result = await runAs(db, user, def!, input);

    const newAudit = await db.auditEntry.findMany({ where: { id: { gt: lastAudit } } });
    const refusalEvents = newAudit.filter((e) => e.action === "security.action.refused");
    if (allowed) {
      expect(refusalEvents).toEqual([]);
      if (!result.ok) expect(REFUSALS).not.toContain(result.error);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The answer is the generic refusal alone: nothing of the target's content comes back.
    expect(REFUSALS).toContain(result.error);
    expect(result.fieldErrors).toBeUndefined();
    // Nothing written: every table as it was, and the audit log gained only the security event.
    expect(await snapshot(db)).toEqual(before);
    expect(newAudit.map((e) => e.action)).toEqual(["security.action.refused"]);
    expect(refusalEvents[0]).toMatchObject({ userId: user?.id ?? null, entityId: def!.name });
  });
});
