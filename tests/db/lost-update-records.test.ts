// No lost update on every edit form that saves over an existing record (tests/db/lost-update.test.ts
// has units, villages and townships): two people open the same record; the first saves; the second
// save, from the version both opened, is refused with what the first changed, and writes nothing.
// Reopened at the new version, it goes through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "@/server/db-client";
import type { VersionedModel } from "@/server/versioned-update";
import { updateActivityAction } from "@/features/activities/mutations-recording";
import { generateBulletinAction, updateBulletinAction } from "@/features/bulletins/mutations";
import { updateIndicatorAction } from "@/features/indicators/mutations";
import { updatePairingAction } from "@/features/pairings/mutations";
import { updatePledgeAction } from "@/features/pledges/mutations";
import { reportRectificationAction } from "@/features/supervision/mutations-rectifications";
import { assignContactPointAction } from "@/features/supervision/mutations-visits";
import { updateUserAction } from "@/features/users/mutations";
import type { ActionDefinition } from "@/server/action-core";
import { makeActivity, makeIndicator, makeInspection, makePairing, makePledge, makeUnit, makeUser, makeVillage, runAs, runOk, TIELI_REGION_ID } from "../helpers/factories";
import { activityForm, createWorldDb, tempUploadDir, type World } from "../helpers/world";

const t = translatorFor("zh-CN");

let db: Db;
let w: World;
let sysadmin: World["admin"];
beforeAll(async () => {
  tempUploadDir();
  ({ db, w } = await createWorldDb());
  sysadmin = await makeUser(db, "SYSADMIN");
});
afterAll(async () => db.$disconnect());

type Case = {
  model: VersionedModel;
  action: ActionDefinition<never, unknown, unknown>;
  actor: () => World["admin"];
  /** A fresh record to edit; its id. */
  target: () => Promise<number>;
  /** The edit form as sent, with `value` in the field the case changes. */
  form: (id: number, version: number, value: string) => Record<string, unknown>;
  /** That field's label, as the refusal names it. */
  labelKey: string;
};

const freshPairing = async () => (await makePairing(db, (await makeUnit(db)).id, (await makeVillage(db, w.township.id)).id)).id;
const pledgeForm = (id: number, version: number, content: string) => ({ id: String(id), version: String(version), pairingId: String(w.pairingA.id), pledgerKind: "MEMBER", pledgerName: "张建华", content, dueDate: "2011-06-30" });

const CASES: Record<string, Case> = {
  pairing: {
    model: "pairing",
    action: updatePairingAction as never,
    actor: () => w.admin,
    target: freshPairing,
    form: (id, version, goals) => ({ id: String(id), version: String(version), startDate: "2010-06-01", goals }),
    labelKey: "pairings.fields.goals",
  },
  "pairing's contact point": {
    model: "pairing",
    action: assignContactPointAction as never,
    actor: () => w.admin,
    target: freshPairing,
    form: (id, version, leaderName) => ({ pairingId: String(id), version: String(version), leaderName }),
    labelKey: "supervision.fields.leaderName",
  },
  "activity (a draft)": {
    model: "activity",
    action: updateActivityAction as never,
    actor: () => w.liaisonA,
    target: async () => (await makeActivity(db, { pairingId: w.pairingA.id, status: "DRAFT", recordedById: w.liaisonA.id })).id,
    form: (id, version, title) => ({ ...activityForm(w.pairingA.id, { title }), id: String(id), version: String(version) }),
    labelKey: "activities.fields.title",
  },
  pledge: {
    model: "pledge",
    action: updatePledgeAction as never,
    actor: () => w.liaisonA,
    target: async () => (await makePledge(db, { pairingId: w.pairingA.id })).id,
    form: pledgeForm,
    labelKey: "pledges.fields.content",
  },
  indicator: {
    model: "indicator",
    action: updateIndicatorAction as never,
    actor: () => w.admin,
    target: async () => (await makeIndicator(db, { code: "lost_update_check" })).id,
    form: (id, version, labelZh) => ({ id: String(id), version: String(version), code: "lost_update_check", labelZh, labelEn: "Check", unitZh: "项", unitEn: "items", group: "ORGANIZATION" }),
    labelKey: "indicators.fields.labelZh",
  },
  user: {
    model: "user",
    action: updateUserAction as never,
    actor: () => sysadmin,
    target: async () => (await makeUser(db, "LEADER")).id,
    form: (id, version, displayName) => ({ id: String(id), version: String(version), displayName, role: "LEADER", regionId: String(TIELI_REGION_ID) }),
    labelKey: "users.fields.displayName",
  },
  "bulletin (a draft)": {
    model: "bulletin",
    action: updateBulletinAction as never,
    actor: () => w.admin,
    target: async () => (await runOk(db, w.admin, generateBulletinAction, { from: "2011-01-01", to: "2011-06-30", campaignId: String(w.pairingA.campaignId) })).id,
    form: (id, version, title) => ({ id: String(id), version: String(version), title, issuer: "组织部", summary: "概述" }),
    labelKey: "bulletins.edit.fields.title",
  },
  "rectification report": {
    model: "rectification",
    action: reportRectificationAction as never,
    actor: () => w.liaisonA,
    target: async () => (await makeInspection(db, [w.pairingA.id])).rectifications[0].id,
    form: (id, version, reportText) => ({ id: String(id), version: String(version), reportText }),
    labelKey: "supervision.fields.reportText",
  },
};

const rowOf = (model: VersionedModel, id: number) => (db[model] as unknown as { findUniqueOrThrow: (a: object) => Promise<Record<string, unknown>> }).findUniqueOrThrow({ where: { id } });

describe("a save over someone else's newer save", () => {
  it.each(Object.entries(CASES))("%s: refused with what changed, nothing written; reopened, it saves", async (_name, c) => {
    const id = await c.target();
    const version = (await rowOf(c.model, id)).version as number;

    expect(await runAs(db, c.actor(), c.action, c.form(id, version, "第一位的修改"))).toEqual({ ok: true, data: expect.anything() });
    const saved = await rowOf(c.model, id);
    expect(saved.version).toBe(version + 1);
    const audits = await db.auditEntry.count();

    const second = await runAs(db, c.actor(), c.action, c.form(id, version, "第二位的修改"));
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error).toContain(t("errors.staleEdit"));
    expect(second.error).toContain(t("errors.staleEditChange", { field: t(c.labelKey), now: "第一位的修改", mine: "第二位的修改" }));
    expect(await rowOf(c.model, id)).toEqual(saved);
    expect(await db.auditEntry.count()).toBe(audits);
  });

  it("still refuses by the record's state when the version is current (a fulfilled pledge)", async () => {
    const pledge = await makePledge(db, { pairingId: w.pairingA.id, status: "FULFILLED" });
    expect(await runAs(db, w.liaisonA, updatePledgeAction, pledgeForm(pledge.id, pledge.version, "改"))).toEqual({ ok: false, error: t("pledges.errors.fulfilledLocked") });
  });

  it("a reopened form saves over the newer version", async () => {
    const id = await freshPairing();
    await runOk(db, w.admin, updatePairingAction, CASES.pairing.form(id, 1, "甲"));
    expect(await runAs(db, w.admin, updatePairingAction, CASES.pairing.form(id, 2, "乙"))).toMatchObject({ ok: true });
    expect(await rowOf("pairing", id)).toMatchObject({ goals: "乙", version: 3 });
  });
});
