// Refused actions are security events: the audit log records who tried what on which record, in a
// transaction of its own (the refused action's rolled back), and nothing else is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUnitAction } from "@/features/units/mutations";
import { startPledgeAction } from "@/features/pledges/mutations";
import type { Db } from "@/server/db-client";
import { makePledge, runAs } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => ({ db, w } = await createWorldDb()));
afterAll(async () => db.$disconnect());

const refusals = (where: object = {}) => db.auditEntry.findMany({ where: { action: "security.action.refused", ...where } });

describe("a refused action", () => {
  it("by a role without the permission is recorded with the actor and the target, and nothing else is written", async () => {
    const before = await db.auditEntry.count();
    const result = await runAs(db, w.liaisonA, updateUnitAction, { id: w.unitB.id, name: "改名", kind: "ORGAN" });
    expect(result).toMatchObject({ ok: false, error: "您没有权限进行此操作。" });
    const [entry] = await refusals({ userId: w.liaisonA.id });
    expect(entry).toMatchObject({ entity: "Action", entityId: "unit.update" });
    expect(JSON.parse(entry.after!)).toEqual({ reason: "forbidden", target: String(w.unitB.id) });
    expect(await db.auditEntry.count()).toBe(before + 1);
    expect((await db.unit.findUniqueOrThrow({ where: { id: w.unitB.id } })).name).toBe(w.unitB.name);
  });

  it("without a session is recorded with no actor", async () => {
    await runAs(db, null, updateUnitAction, { id: w.unitA.id, name: "改名", kind: "ORGAN" });
    expect(JSON.parse((await refusals({ userId: null }))[0].after!)).toMatchObject({ reason: "notAuthenticated" });
  });

  it("on a record outside the user's scope is recorded as not found, the record untouched", async () => {
    const theirs = await makePledge(db, { pairingId: w.pairingB.id });
    expect(await runAs(db, w.liaisonA, startPledgeAction, { id: theirs.id })).toMatchObject({ ok: false, error: "记录不存在，或您无权查看。" });
    const [entry] = await refusals({ userId: w.liaisonA.id, entityId: "pledge.start" });
    expect(JSON.parse(entry.after!)).toEqual({ reason: "notFound", target: String(theirs.id) });
    expect((await db.pledge.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("PROMISED");
  });
});
