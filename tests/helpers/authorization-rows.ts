// The declared authorization matrix: for every server action, which roles may run it and whether a
// liaison (unit) or a village secretary (village) is limited to their own records. The matrix test
// (tests/db/authorization-matrix.test.ts) finds every action in the code and fails on one without a
// row here. `input` builds a fresh, valid target on the given side: "own" is unit A / village A's
// pairing, "other" is unit B / village B's, so a refusal on "other" comes from the scope check and
// not from a missing record. New scopes (a region) are new sides and new actors, not new code.
import type { Role } from "@/generated/sqlite/enums";
import { DEFAULT_ASSESSMENT_SETTINGS, settingsToRow } from "@/domain/assessment";
import type { Db } from "@/server/db-client";
import { sessionHandle, startSession } from "@/server/user-sessions";
import { makeActivity, makeCampaign, makeIndicator, makeInspection, makePairing, makePledge, makeTownship, makeUnit, makeUser, makeVillage, TIELI_REGION_ID } from "./factories";
import { activityForm, type World } from "./world";
import type { Regional } from "./authorization-matrix";

export type Side = "own" | "other";
/** The test database, its world, and the acting user (null: no session). */
export type MatrixFixture = { db: Db; w: World; actorId: number | null };
/**
 * Whose records only an actor may touch: "unit" holds a LIAISON to their unit's, "village" a VILLAGE
 * user to their village's, "pairing" both (whatever belongs to a pairing in the reader's scope).
 */
export type Scope = "unit" | "village" | "pairing";
export type ActionRow = {
  allowed: readonly Role[];
  scope?: Scope;
  /** How the target is bounded by region (authorization-matrix.ts): "write" unless said. */
  regional?: Regional;
  input: (f: MatrixFixture, side: Side) => Promise<Record<string, unknown>> | Record<string, unknown>;
};

let serial = 0;
/** A name no other row has used, for records with unique names. */
const fresh = () => `${Date.now()}${++serial}`;

const pairingOf = ({ w }: MatrixFixture, side: Side) => (side === "own" ? w.pairingA : w.pairingB);
const activityOn = async (f: MatrixFixture, side: Side, spec: Partial<Parameters<typeof makeActivity>[1]> = {}) =>
  makeActivity(f.db, { pairingId: pairingOf(f, side).id, status: "DRAFT", ...spec });
/** A draft is seen only by whoever recorded it: the actor's own draft, so that only the scope can refuse it. */
const draftOn = (f: MatrixFixture, side: Side) => activityOn(f, side, { recordedById: f.actorId ?? undefined });
const pledgeOn = async (f: MatrixFixture, side: Side, spec: Partial<Parameters<typeof makePledge>[1]> = {}) =>
  makePledge(f.db, { pairingId: pairingOf(f, side).id, ...spec });
const rectificationOn = async (f: MatrixFixture, side: Side) => (await makeInspection(f.db, [pairingOf(f, side).id])).rectifications[0];
const freshPairing = async ({ db }: MatrixFixture) => makePairing(db, (await makeUnit(db)).id, (await makeVillage(db)).id);
const pledgeFields = (f: MatrixFixture, side: Side) => ({ pairingId: String(pairingOf(f, side).id), pledgerKind: "MEMBER", pledgerName: "张建华", content: "帮助村里联系农技专家", dueDate: "2011-06-30" });
const indicatorFields = () => ({ code: `ind_${fresh()}`, labelZh: "测试指标", labelEn: "Test", unitZh: "项", unitEn: "items", group: "OTHER" });

const ADMIN: Role[] = ["ADMIN"];
const RECORDERS: Role[] = ["ADMIN", "LIAISON"];
const VILLAGE: Role[] = ["VILLAGE"];
/** Accounts are managed by the system administrator (三员分立), not the organization department. */
const ACCOUNTS: Role[] = ["SYSADMIN"];
/** Unlocking sign-ins and ending sessions: security policy, the security administrator's. */
const SECURITY: Role[] = ["SECADMIN"];
const lockedAccount = (db: Db) =>
  db.$transaction((tx) => tx.loginThrottle.create({ data: { key: `user:locked${fresh()}`, failures: 0, windowStart: new Date(), lockedUntil: new Date(Date.now() + 15 * 60_000) } }));
const openSessionOf = async (db: Db, userId: number) => {
  const id = await db.$transaction((tx) => startSession(tx, userId));
  return { userId: String(userId), handle: sessionHandle(id) };
};
const EVERYONE: Role[] = ["ADMIN", "LEADER", "LIAISON", "VILLAGE", "SYSADMIN", "SECADMIN", "AUDITOR"];

export const ACTION_ROWS: Record<string, ActionRow> = {
  // — the registry —
  "units#createUnit": { regional: false, allowed: ADMIN, input: () => ({ name: `矩阵单位${fresh()}`, kind: "ORGAN" }) },
  "units#updateUnit": { allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeUnit(db)).id), name: `改名单位${fresh()}`, kind: "ORGAN" }) },
  "units#deleteUnit": { allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeUnit(db)).id) }) },
  "villages#createVillage": { allowed: ADMIN, input: ({ w }) => ({ name: `矩阵村${fresh()}`, townshipId: String(w.township.id) }) },
  "villages#updateVillage": { allowed: ADMIN, input: async ({ db, w }) => ({ id: String((await makeVillage(db, w.township.id)).id), name: `改名村${fresh()}`, townshipId: String(w.township.id) }) },
  "villages#deleteVillage": { allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeVillage(db)).id) }) },
  "townships#createTownship": { regional: false, allowed: ADMIN, input: () => ({ name: `矩阵镇${fresh()}` }) },
  "townships#updateTownship": { allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeTownship(db)).id), name: `改名镇${fresh()}` }) },
  "townships#deleteTownship": { allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeTownship(db)).id) }) },
  // — campaigns — a new one goes into the creator's own region; only that region's department edits it.
  "campaigns#createCampaign": { regional: false, allowed: ADMIN, input: () => ({ name: `矩阵活动${fresh()}`, startsOn: "2011-09-01", endsOn: "2012-08-31", surveyPeriod: "" }) },
  "campaigns#updateCampaign": {
    allowed: ADMIN,
    input: async ({ db }) => ({ id: String((await makeCampaign(db)).id), name: `改名活动${fresh()}`, startsOn: "2011-09-01", endsOn: "2012-08-31", surveyPeriod: "2012-07" }),
  },
  "indicators#createIndicator": { regional: false, allowed: ADMIN, input: () => ({ ...indicatorFields(), code: `new_${fresh()}` }) },
  "indicators#updateIndicator": { regional: false, allowed: ADMIN, input: async ({ db }) => ({ ...indicatorFields(), id: String((await makeIndicator(db)).id) }) },
  "indicators#setIndicatorActive": { regional: false, allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeIndicator(db)).id), active: "" }) },
  "indicators#deleteIndicator": { regional: false, allowed: ADMIN, input: async ({ db }) => ({ id: String((await makeIndicator(db)).id) }) },
  "pairings#createPairing": { allowed: ADMIN, input: async ({ db }) => ({ unitId: String((await makeUnit(db)).id), villageId: String((await makeVillage(db)).id), startDate: "2011-01-01" }) },
  "pairings#updatePairing": { allowed: ADMIN, input: async (f) => ({ id: String((await freshPairing(f)).id), startDate: "2010-06-01", goals: "新的目标" }) },
  "pairings#endPairing": { allowed: ADMIN, input: async (f) => ({ id: String((await freshPairing(f)).id), endDate: "2011-12-31" }) },
  "pairings#reopenPairing": { allowed: ADMIN, input: async (f) => ({ id: String((await freshPairing(f)).id) }) },
  "pairings#deletePairing": { allowed: ADMIN, input: async (f) => ({ id: String((await freshPairing(f)).id) }) },
  // — accounts —
  "users#createUser": { allowed: ACCOUNTS, input: () => ({ username: `m${fresh()}`, displayName: "新用户", role: "LEADER", regionId: String(TIELI_REGION_ID) }) },
  // A change of name only: the security administrator, who changes roles, is refused it.
  "users#updateUser": { allowed: ACCOUNTS, input: async ({ db }) => ({ id: String((await makeUser(db, "LEADER")).id), displayName: "改名", role: "LEADER", regionId: String(TIELI_REGION_ID) }) },
  "users#resetPassword": { allowed: ACCOUNTS, input: async ({ db }) => ({ id: String((await makeUser(db, "LEADER")).id) }) },
  "users#deactivateUser": { allowed: ACCOUNTS, input: async ({ db }) => ({ id: String((await makeUser(db, "LEADER")).id) }) },
  "users#reactivateUser": { allowed: ACCOUNTS, input: async ({ db }) => ({ id: String((await makeUser(db, "LEADER")).id) }) },
  "account#changeOwnPassword": { regional: false, allowed: EVERYONE, input: () => ({ currentPassword: "不是这个密码", newPassword: "Xin-Mima-2011", confirmPassword: "Xin-Mima-2011" }) },
  // — the ledger: a liaison records their own unit's work, a village confirms its own —
  "activities#createActivity": { allowed: RECORDERS, scope: "unit", input: (f, side) => activityForm(pairingOf(f, side).id) },
  "activities#updateActivity": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ ...activityForm(pairingOf(f, side).id), id: String((await draftOn(f, side)).id) }) },
  "activities#submitActivity": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ id: String((await draftOn(f, side)).id) }) },
  "activities#deleteActivity": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ id: String((await draftOn(f, side)).id) }) },
  "activities#verifyActivity": { allowed: ADMIN, input: async (f, side) => ({ id: String((await activityOn(f, side, { status: "SUBMITTED" })).id) }) },
  "activities#returnActivity": { allowed: ADMIN, input: async (f, side) => ({ id: String((await activityOn(f, side, { status: "SUBMITTED" })).id), reason: "请补充照片" }) },
  "activities#correctActivity": { allowed: ADMIN, input: async (f, side) => ({ ...activityForm(pairingOf(f, side).id), id: String((await activityOn(f, side, { status: "VERIFIED" })).id), reason: "人数有误" }) },
  "activities#confirmActivity": { allowed: VILLAGE, scope: "village", input: async (f, side) => ({ id: String((await activityOn(f, side, { status: "VERIFIED" })).id), decision: "CONFIRMED" }) },
  "activities#resolveDispute": {
    allowed: ADMIN,
    input: async (f, side) => ({ id: String((await activityOn(f, side, { status: "VERIFIED", confirmation: "DISPUTED" })).id), outcome: "UPHOLD", note: "经核实无误" }),
  },
  "pledges#createPledge": { allowed: RECORDERS, scope: "unit", input: (f, side) => pledgeFields(f, side) },
  "pledges#updatePledge": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ ...pledgeFields(f, side), id: String((await pledgeOn(f, side)).id) }) },
  "pledges#startPledge": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ id: String((await pledgeOn(f, side)).id) }) },
  "pledges#fulfilPledge": {
    allowed: RECORDERS,
    scope: "unit",
    input: async (f, side) => ({ id: String((await pledgeOn(f, side, { status: "IN_PROGRESS" })).id), fulfilledAt: "2011-06-01", evidence: "已联系专家到村指导" }),
  },
  "pledges#reviewPledge": { allowed: ADMIN, input: async (f, side) => ({ id: String((await pledgeOn(f, side, { status: "FULFILLED" })).id), rating: "GOOD" }) },
  "pledges#confirmPledge": { allowed: VILLAGE, scope: "village", input: async (f, side) => ({ id: String((await pledgeOn(f, side, { status: "FULFILLED" })).id), decision: "CONFIRMED" }) },
  // — supervision —
  "supervision#createInspection": { allowed: ADMIN, input: (f, side) => ({ date: "2011-04-20", kind: "PATROL", inspectors: "韩志刚", pairingIds: [String(pairingOf(f, side).id)] }) },
  "supervision#createRectification": {
    allowed: ADMIN,
    input: async (f, side) => ({ inspectionId: String((await makeInspection(f.db, [pairingOf(f, side).id])).id), pairingId: String(pairingOf(f, side).id), description: "补齐台帐", dueDate: "2011-05-20" }),
  },
  "supervision#reportRectification": { allowed: RECORDERS, scope: "unit", input: async (f, side) => ({ id: String((await rectificationOn(f, side)).id), reportText: "已补齐台帐" }) },
  "supervision#closeRectification": { allowed: ADMIN, input: async (f, side) => ({ id: String((await rectificationOn(f, side)).id), closureNote: "整改到位" }) },
  "supervision#returnRectification": { allowed: ADMIN, input: async (f, side) => ({ id: String((await rectificationOn(f, side)).id), returnReason: "材料不全" }) },
  "supervision#createVisit": { allowed: ADMIN, input: (f, side) => ({ date: "2011-05-05", pairingId: String(pairingOf(f, side).id), leaderName: "王建国", notes: "走访贫困户" }) },
  "supervision#assignContactPoint": { allowed: ADMIN, input: (f, side) => ({ pairingId: String(pairingOf(f, side).id), leaderName: "王建国" }) },
  // — settings, assessments, bulletins, surveys —
  "evidence#updateEvidenceSettings": { regional: false, allowed: ADMIN, input: () => ({}) },
  // Assessments and bulletins are a campaign's (the world's campaign is 铁力市's): only its own
  // region's department writes them; a prefecture, a sibling or a region below finds nothing.
  "assessments#updateAssessmentSettings": { allowed: ADMIN, input: ({ w }) => ({ campaignId: String(w.pairingA.campaignId), ...settingsToRow(DEFAULT_ASSESSMENT_SETTINGS) }) },
  "assessments#adjustScore": { allowed: ADMIN, input: ({ w }) => ({ campaignId: String(w.pairingA.campaignId), year: "2011", subject: "unit", id: String(w.unitA.id), adjustment: "1.5", reason: "表彰加分" }) },
  "assessments#freezeYear": { allowed: ADMIN, input: ({ w }) => ({ campaignId: String(w.pairingA.campaignId), year: "2011" }) },
  "assessments#unfreezeYear": { allowed: ADMIN, input: ({ w }) => ({ campaignId: String(w.pairingA.campaignId), year: "2011" }) },
  "bulletins#generateBulletin": { allowed: ADMIN, input: ({ w }) => ({ campaignId: String(w.pairingA.campaignId), from: "2011-01-01", to: "2011-06-30" }) },
  "bulletins#updateBulletin": { allowed: ADMIN, input: () => ({ id: "1", title: "简报", issuer: "组织部", summary: "概述" }) },
  "bulletins#publishBulletin": { allowed: ADMIN, input: () => ({ id: "1" }) },
  "bulletins#deleteBulletin": { allowed: ADMIN, input: () => ({ id: "1" }) },
  "surveys#saveSurveyTownship": { allowed: ADMIN, input: ({ w }) => ({ round: "2011-07", townshipId: String(w.township.id), takenOn: "2011-07-15" }) },
  // — sign-in security: the security administrator's alone (三员分立) —
  "users#unlockSignIn": { allowed: SECURITY, input: async ({ db }) => ({ key: (await lockedAccount(db)).key }) },
  "users#endSession": { allowed: SECURITY, input: async ({ db }) => openSessionOf(db, (await makeUser(db, "LEADER")).id) },
};


// — route handlers (src/app/api), keyed "<folder under api>#<METHOD>" —

export type RouteRow =
  | {
      /** Open to anyone by design (signing in, the health check); what it answers is checked elsewhere. */
      public: true;
      reason: string;
    }
  | {
      public?: false;
      allowed: readonly Role[];
      scope?: Scope;
      regional: Regional;
      /** The answer to an allowed reader (200 unless said otherwise). */
      allowedStatus?: number;
      request: (f: MatrixFixture, side: Side) => Promise<{ url: string; params: Record<string, string>; init?: RequestInit }>;
    };

const get = (url: string, params: Record<string, string> = {}) => async () => ({ url, params });
const csvUpload = () => {
  const form = new FormData();
  form.set("file", new File(["\uFEFF名称,类型\n矩阵导入单位,机关\n"], "单位.csv", { type: "text/csv" }));
  form.set("mode", "preview");
  return { method: "POST", body: form };
};

export const ROUTE_ROWS: Record<string, RouteRow> = {
  "auth/[...nextauth]#GET": { public: true, reason: "the sign-in endpoint (tests/db/login.test.ts, e2e/auth.spec.ts)" },
  "auth/[...nextauth]#POST": { public: true, reason: "the sign-in endpoint (tests/db/login.test.ts, e2e/auth.spec.ts)" },
  "health#GET": { public: true, reason: "liveness: answers only whether the database is up" },
  "exports/[list]#GET": { regional: false, allowed: ["ADMIN", "LEADER", "LIAISON"], request: get("http://localhost/api/exports/units", { list: "units" }) },
  "exports/outcomes#GET": { regional: false, allowed: ["ADMIN", "LEADER", "LIAISON", "VILLAGE"], request: get("http://localhost/api/exports/outcomes") },
  "exports/ledger/[id]#GET": { regional: "read",
    allowed: ["ADMIN", "LEADER", "LIAISON", "VILLAGE"],
    scope: "pairing",
    request: async (f, side) => get(`http://localhost/api/exports/ledger/${pairingOf(f, side).id}`, { id: String(pairingOf(f, side).id) })(),
  },
  // A dashboard table opened by its reader: their own region or one below it, never one beside or above.
  "dashboard/tables/[table]#GET": { regional: "read",
    allowed: ["ADMIN", "LEADER", "LIAISON", "VILLAGE"],
    request: get(`http://localhost/api/dashboard/tables/rollup?campaign=all&from=2010-06-01&to=2011-08-31&region=${TIELI_REGION_ID}`, { table: "rollup" }),
  },
  "choices/pairings#GET": { regional: false, allowed: ["ADMIN", "LEADER", "LIAISON", "VILLAGE"], request: get("http://localhost/api/choices/pairings?q=mth") },
  // The supervision forms' pickers: whoever records supervision, each department offered its own region's pairings only.
  "choices/inspection-pairings#GET": { regional: false, allowed: ["ADMIN"], request: async ({ w }) => get(`http://localhost/api/choices/inspection-pairings?township=${w.township.id}`)() },
  "choices/contact-points#GET": { regional: false, allowed: ["ADMIN"], request: get("http://localhost/api/choices/contact-points?q=mth") },
  "imports/[kind]/template#GET": { regional: false, allowed: ["ADMIN"], request: get("http://localhost/api/imports/units/template", { kind: "units" }) },
  "imports/[kind]#POST": { regional: false, allowed: ["ADMIN"], request: async () => ({ url: "http://localhost/api/imports/units", params: { kind: "units" }, init: csvUpload() }) },
  "attachments/[id]#GET": { regional: "read",
    allowed: ["ADMIN", "LEADER", "LIAISON", "VILLAGE"],
    scope: "pairing",
    request: async (f, side) => {
      const id = String(await attachmentOn(f, side));
      return { url: `http://localhost/api/attachments/${id}`, params: { id } };
    },
  },
  // A published bulletin is read where its campaign is seen: its region and those above.
  "bulletins/[id]/docx#GET": { regional: "read",
    allowed: ["ADMIN", "LEADER"],
    request: async (f) => {
      const id = String(await publishedBulletin(f));
      return { url: `http://localhost/api/bulletins/${id}/docx`, params: { id } };
    },
  },
};

/** The routes' targets are made by the routes' own test file, which has the actions at hand. */
export const routeTargets: { attachmentOn?: (f: MatrixFixture, side: Side) => Promise<number>; publishedBulletin?: (f: MatrixFixture) => Promise<number> } = {};
const attachmentOn = (f: MatrixFixture, side: Side) => routeTargets.attachmentOn!(f, side);
const publishedBulletin = (f: MatrixFixture) => routeTargets.publishedBulletin!(f);
