// The audit log as staff read it: changes to records and security events apart (the contract the
// security work writes to: actions starting "auth." or "security."), filters by person, record,
// action and day, and the records named as people know them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTabOf, auditTabWhere } from "@/domain/audit-events";
import type { Db } from "@/server/db-client";
import { writeAudit } from "@/server/audit";
import { auditFilterChoices, auditRecordNames, listAuditEntries } from "@/features/audit/queries";
import { updateUnitAction } from "@/features/units/mutations";
import { runOk } from "../helpers/factories";
import { createWorldDb, type World } from "../helpers/world";

let db: Db;
let w: World;
beforeAll(async () => {
  ({ db, w } = await createWorldDb());
  await db.$transaction(async (tx) => {
    for (const action of ["auth.login", "auth.loginFailed", "security.refused", "security.sessionRevoked", "authority.misnamed", "unit.update"]) {
      await writeAudit(tx, w.admin.id, action, { entity: "User", entityId: w.admin.id });
    }
  });
});
afterAll(async () => db.$disconnect());

describe("the audit log's two tabs", () => {
  it("split the entries exactly as the predicate does, by the auth./security. prefix", async () => {
    const all = await db.auditEntry.findMany({ orderBy: { id: "asc" } });
    for (const tab of ["changes", "security"] as const) {
      const selected = await db.auditEntry.findMany({ where: auditTabWhere(tab), orderBy: { id: "asc" } });
      expect(selected.map((e) => e.id)).toEqual(all.filter((e) => auditTabOf(e.action) === tab).map((e) => e.id));
    }
    const security = await listAuditEntries(db, { tab: "security", page: 1 });
    expect(security.rows.map((r) => r.action).sort()).toEqual(["auth.login", "auth.loginFailed", "security.refused", "security.sessionRevoked"]);
    const changes = await listAuditEntries(db, { tab: "changes", page: 1 });
    expect(changes.rows.map((r) => r.action)).toContain("authority.misnamed");
    expect(changes.rows.map((r) => r.action)).not.toContain("auth.login");
  });

  it("filter by person, record, action and day; and name the records", async () => {
    await runOk(db, w.admin, updateUnitAction, { id: w.unitA.id, name: "市审计测试局", kind: "ORGAN", secretary: "王书记" });
    const mine = await listAuditEntries(db, { tab: "changes", entity: "Unit", entityId: String(w.unitA.id), page: 1 });
    expect(mine.rows.map((r) => r.action)).toEqual(["unit.update"]);
    expect(mine.total).toBe(1);
    expect((await listAuditEntries(db, { tab: "changes", entity: "Unit", entityId: String(w.unitB.id), page: 1 })).total).toBe(0);
    expect((await listAuditEntries(db, { tab: "changes", action: "unit.update", userId: w.leader.id, page: 1 })).total).toBe(0);
    expect((await listAuditEntries(db, { tab: "changes", action: "unit.update", userId: w.admin.id, page: 1 })).total).toBe(2);
    expect((await listAuditEntries(db, { tab: "changes", action: "unit.update", to: "2011-01-01", page: 1 })).total).toBe(0);

    const names = await auditRecordNames(db, [{ entity: "Unit", entityId: String(w.unitA.id) }, { entity: "Pairing", entityId: String(w.pairingA.id) }], "zh-CN");
    expect(names.get(`Unit:${w.unitA.id}`)).toBe("市审计测试局");
    expect(names.get(`Pairing:${w.pairingA.id}`)).toMatch(/^市审计测试局 ⇄ /);

    const choices = await auditFilterChoices(db, "security");
    expect(choices.actions).toEqual(["auth.login", "auth.loginFailed", "security.refused", "security.sessionRevoked"]);
    expect(choices.people.map((p) => p.id)).toEqual([w.admin.id]);
  });
});
