// The one set of builders for database tests: rows with sensible defaults (days as "YYYY-MM-DD" in
// Asia/Shanghai), and a way to run an action definition as a given user through the real
// mutation path. Rows a test does not walk through its actions are written directly; a VERIFIED
// activity enters the rollup in the same transaction, as verification does.
import bcrypt from "bcryptjs";
import type { z } from "zod";
import type { ActivityStatus, Confirmation, IndicatorGroup, PledgeStatus, RectificationStatus, Role } from "@/generated/sqlite/enums";
import type { ContentAreaCode } from "@/lib/content-areas";
import { fromShanghaiDay } from "@/lib/dates";
import type { Locale } from "@/i18n/config";
import { type ActionDefinition, executeAction } from "@/server/action-core";
import type { CurrentUser, SessionClaims } from "@/server/current-user";
import { createTestDb } from "./test-db";
import type { Db } from "@/server/db-client";
import { aggregateState, applyActivityChange } from "@/server/aggregates";
import { applyPledgeChanges, pledgeStates } from "@/server/aggregates/pledges";

let counter = 0;
const next = () => ++counter;

/** A Shanghai calendar day as the app stores it: midnight Asia/Shanghai. */
export const day = (d: string) => fromShanghaiDay(d);

/** A Shanghai wall-clock instant: at("2010-08-01", "00:30"). */
export const at = (d: string, time = "10:00") => new Date(`${d}T${time}:00+08:00`);

// — the registry —

/** 铁力市, which the regions migration creates (and test-db.ts restores on PostgreSQL): the default region of rows and of ADMIN and LEADER users. */
export const TIELI_REGION_ID = 3;

export async function makeTownship(db: Db, name = `测试镇${next()}`, regionId = TIELI_REGION_ID) {
  return db.$transaction((tx) => tx.township.create({ data: { name, regionId } }));
}

export async function makeUnit(db: Db, data: Partial<{ name: string; kind: "ORGAN" | "ENTERPRISE" | "INSTITUTION"; regionId: number }> = {}) {
  const name = data.name ?? `测试单位${next()}`;
  return db.$transaction((tx) => tx.unit.create({ data: { name, searchText: name.toLowerCase(), kind: data.kind ?? "ORGAN", regionId: data.regionId ?? TIELI_REGION_ID } }));
}

/** A region below `parent` (its path made from the ids, as the app's are). */
export async function makeRegion(db: Db, parent: { id: number; path: string }, level: "PROVINCE" | "PREFECTURE" | "COUNTY" = "COUNTY", name = `测试县${next()}`) {
  return db.$transaction(async (tx) => {
    const created = await tx.region.create({ data: { name, level, parentId: parent.id, path: `/new${next()}/` } });
    return tx.region.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
  });
}

export async function makeVillage(db: Db, townshipId?: number, name = `测试村${next()}`) {
  const township = townshipId ?? (await makeTownship(db)).id;
  return db.$transaction((tx) => tx.village.create({ data: { name, searchText: name, townshipId: township } }));
}

/** A campaign, of 铁力市 unless another region is named. */
export async function makeCampaign(db: Db, data: Partial<{ name: string; start: string; end: string; surveyPeriod: string; regionId: number }> = {}) {
  const name = data.name ?? `测试活动${next()}`;
  const { start = "2010-06-01", end = "2011-08-31", surveyPeriod = null, regionId = TIELI_REGION_ID } = data;
  return db.$transaction((tx) => tx.campaign.create({ data: { name, regionId, startsOn: day(start), endsOn: day(end), surveyPeriod } }));
}

/** The campaign a pairing goes into when a test names none: its unit's region's first, made on demand. */
async function defaultCampaignId(db: Db, unitId: number) {
  const { regionId } = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { regionId: true } });
  return (await db.campaign.findFirst({ where: { regionId }, orderBy: { id: "asc" }, select: { id: true } }))?.id ?? (await makeCampaign(db, { regionId })).id;
}

export async function makePairing(db: Db, unitId: number, villageId: number, startDate = day("2010-06-01"), campaignId?: number) {
  const campaign = campaignId ?? (await defaultCampaignId(db, unitId));
  return db.$transaction((tx) => tx.pairing.create({ data: { campaignId: campaign, unitId, villageId, startDate, activeKey: `${unitId}:${villageId}` } }));
}

export async function endPairing(db: Db, pairingId: number, lastDay: string) {
  return db.$transaction((tx) => tx.pairing.update({ where: { id: pairingId }, data: { status: "ENDED", endDate: day(lastDay), activeKey: null } }));
}

/** A user of the role; with `password`, one who can really sign in with it. Carries its region's path, as a reader does. */
export async function makeUser(db: Db, role: Role, options: { unitId?: number; villageId?: number; regionId?: number | null; password?: string } = {}) {
  const { region, ...user } = await db.$transaction((tx) => tx.user.create({
    include: { region: { select: { path: true } } },
    data: {
      username: `${role.toLowerCase()}${next()}`,
      displayName: `${role} ${counter}`,
      role,
      unitId: options.unitId ?? null,
      villageId: options.villageId ?? null,
      // The organization department and leaders belong to a region: 铁力市 unless the test says otherwise.
      regionId: options.regionId !== undefined ? options.regionId : role === "ADMIN" || role === "LEADER" ? TIELI_REGION_ID : null,
      // "!" is no usable hash: such users never sign in, they run actions directly.
      passwordHash: options.password ? bcrypt.hashSync(options.password, 4) : "!",
    },
  }));
  return { ...user, regionPath: region?.path ?? null };
}

/** A fresh test database with one ADMIN of 铁力市, for the registry's tests. */
export async function createDbWithAdmin() {
  const db = await createTestDb();
  return { db, admin: await makeUser(db, "ADMIN") };
}

export async function makeIndicator(
  db: Db,
  data: Partial<{ code: string; labelZh: string; unitZh: string; group: IndicatorGroup; isMoney: boolean; active: boolean; sortOrder: number }> = {},
) {
  const n = next();
  const code = data.code ?? `indicator_${n}`;
  return db.$transaction((tx) => tx.indicator.create({
    data: {
      code,
      labelZh: data.labelZh ?? `指标${code}`,
      labelEn: `Indicator ${code}`,
      unitZh: data.unitZh ?? (data.isMoney ? "元" : "项"),
      unitEn: data.isMoney ? "yuan" : "items",
      group: data.group ?? "ORGANIZATION",
      isMoney: data.isMoney ?? false,
      active: data.active ?? true,
      sortOrder: data.sortOrder ?? n,
    },
  }));
}

// — the ledger's records —

export type ActivitySpec = {
  pairingId: number;
  status: ActivityStatus;
  /** The activity's day; 2011-03-15 by default. */
  day?: string;
  area?: ContentAreaCode;
  title?: string;
  recordedById?: number;
  /** Indicator values by indicator id. */
  values?: Record<number, number>;
  confirmation?: Confirmation;
  /** When it was submitted; the activity's day at 10:00 for anything but a draft. */
  submittedAt?: Date;
  /** Evidence warnings it carried when verified (VERIFIED only). */
  verifiedWarnings?: number;
};

export async function makeActivity(db: Db, spec: ActivitySpec) {
  const date = day(spec.day ?? "2011-03-15");
  const values = Object.entries(spec.values ?? {}).map(([indicatorId, value]) => ({ indicatorId: Number(indicatorId), value }));
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.create({
      data: {
        pairingId: spec.pairingId,
        area: spec.area ?? "ORG_LIFE",
        date,
        title: spec.title ?? `测试活动${next()}`,
        status: spec.status,
        returnReason: spec.status === "RETURNED" ? "请补充照片" : null,
        confirmation: spec.confirmation ?? "PENDING",
        recordedById: spec.recordedById ?? null,
        submittedAt: spec.status === "DRAFT" ? null : (spec.submittedAt ?? at(spec.day ?? "2011-03-15")),
        verifiedAt: spec.status === "VERIFIED" ? at(spec.day ?? "2011-03-15", "16:00") : null,
        verifiedWarnings: spec.status === "VERIFIED" ? (spec.verifiedWarnings ?? 0) : 0,
        verificationNote: spec.status === "VERIFIED" && spec.verifiedWarnings ? "已电话核实" : null,
        values: { create: values },
      },
    });
    // As if it had gone through the actions: the aggregates count it.
    await applyActivityChange(tx, null, await aggregateState(tx, activity.id));
    return activity;
  });
}

export type PledgeSpec = {
  pairingId: number;
  status?: PledgeStatus;
  /** The due day; 2011-06-30 by default. A fulfilled pledge was fulfilled on it. */
  due?: string;
  createdAt?: Date;
  confirmation?: Confirmation;
};

export async function makePledge(db: Db, spec: PledgeSpec) {
  const status = spec.status ?? "PROMISED";
  const due = spec.due ?? "2011-06-30";
  return db.$transaction(async (tx) => {
    const pledge = await tx.pledge.create({
      data: {
        pairingId: spec.pairingId,
        pledgerName: `党员${next()}`,
        content: `测试承诺${counter}`,
        dueDate: day(due),
        status,
        fulfilledAt: status === "FULFILLED" ? day(due) : null,
        evidence: status === "FULFILLED" ? "已完成" : null,
        confirmation: spec.confirmation ?? "PENDING",
        ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      },
    });
    // As if it had gone through the actions: the dashboard's pledge counts include it.
    await applyPledgeChanges(tx, new Map(), await pledgeStates(tx, { id: pledge.id }));
    return pledge;
  });
}

export async function makeVisit(db: Db, pairingId: number, visitDay = "2011-05-05") {
  return db.$transaction((tx) => tx.leaderVisit.create({ data: { pairingId, date: day(visitDay), leaderName: "王建国 (市委副书记)", notes: "走访贫困户" } }));
}

/**
 * An inspection covering `pairingIds`, with its rectification items (by default one, open, for the
 * first pairing, due 2011-05-20).
 */
export async function makeInspection(
  db: Db,
  pairingIds: number[],
  options: { day?: string; rectifications?: { pairingId: number; status: RectificationStatus; due?: string }[] } = {},
) {
  const items = options.rectifications ?? [{ pairingId: pairingIds[0], status: "OPEN" as const, due: "2011-05-20" }];
  return db.$transaction((tx) => tx.inspection.create({
    data: {
      date: day(options.day ?? "2011-04-20"),
      kind: "PATROL",
      inspectors: "韩志刚",
      findings: "台帐记录不全",
      pairings: { create: pairingIds.map((pairingId) => ({ pairingId })) },
      rectifications: {
        create: items.map((r) => ({ pairingId: r.pairingId, description: "补齐台帐", dueDate: day(r.due ?? options.day ?? "2011-04-20"), status: r.status })),
      },
    },
    include: { rectifications: true },
  }));
}

export type SurveySpec = { villageId: number; round?: string; day?: string; respondents?: number; satisfiedVillageOrg?: number; satisfiedPairing?: number };

/** One village's survey row: by default the July 2011 round, 100 asked, 97 and 98 satisfied. */
export async function makeSurvey(db: Db, spec: SurveySpec) {
  const round = spec.round ?? "2011-07";
  return db.$transaction((tx) => tx.survey.create({
    data: {
      villageId: spec.villageId,
      period: round,
      takenOn: day(spec.day ?? `${round}-15`),
      respondents: spec.respondents ?? 100,
      satisfiedVillageOrg: spec.satisfiedVillageOrg ?? 97,
      satisfiedPairing: spec.satisfiedPairing ?? 98,
    },
  }));
}

// — running actions —

export function claimsOf(user: { id: number; role: Role; sessionVersion: number }): SessionClaims {
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
}

/** Runs an action definition as `user` (null: no session), exactly as the server action would. */
export function runAs<S extends z.ZodType, T, P>(
  db: Db,
  user: { id: number; role: Role; sessionVersion: number } | null,
  def: ActionDefinition<S, T, P>,
  input: unknown,
  locale: Locale = "zh-CN",
) {
  return executeAction(def, { db, claims: user ? claimsOf(user) : null, locale }, input);
}

/** Runs an action a test builds on, failing the test at once if the action refuses. */
export async function runOk<S extends z.ZodType, T, P>(db: Db, user: { id: number; role: Role; sessionVersion: number }, def: ActionDefinition<S, T, P>, input: unknown): Promise<T> {
  const result = await runAs(db, user, def, input);
  if (!result.ok) throw new Error(`${def.name} was refused: ${JSON.stringify(result)}`);
  return result.data;
}

/** The user as the app sees them once signed in. */
export function asCurrentUser(u: { id: number; username?: string; displayName?: string; role: Role; unitId: number | null; villageId: number | null; regionId?: number | null; regionPath?: string | null }): CurrentUser {
  // Without a region given, an ADMIN or LEADER is 铁力市's, as makeUser makes them.
  const regionId = u.regionId !== undefined ? u.regionId : u.role === "ADMIN" || u.role === "LEADER" ? TIELI_REGION_ID : null;
  const regionPath = u.regionPath !== undefined ? u.regionPath : regionId === TIELI_REGION_ID ? TIELI_REGION_PATH : null;
  return { id: u.id, username: u.username ?? "u", displayName: u.displayName ?? "u", role: u.role, unitId: u.unitId, villageId: u.villageId, regionId, regionPath };
}

/** 黑龙江省 (1) → 伊春市 (2) → 铁力市 (3). */
export const TIELI_REGION_PATH = "/1/2/3/";
