// Builders for the registry, pairing-ledger and user-administration tests: ledger rows of every
// kind for one pairing, users who can really sign in, and a query counter.
import bcrypt from "bcryptjs";
import type { ContentAreaCode } from "@/lib/content-areas";
import type { Role } from "@/generated/sqlite/enums";
import type { Db } from "@/server/db-client";

let counter = 0;
const next = () => ++counter;

/** A Shanghai calendar day as the app stores it. */
export const day = (d: string) => new Date(`${d}T00:00:00+08:00`);

export async function makeIndicator(db: Db, data: Partial<{ code: string; labelZh: string; unitZh: string; isMoney: boolean; sortOrder: number }> = {}) {
  const n = next();
  return db.indicator.create({
    data: {
      code: data.code ?? `indicator_${n}`,
      labelZh: data.labelZh ?? `指标${n}`,
      labelEn: `Indicator ${n}`,
      unitZh: data.unitZh ?? "次",
      unitEn: "times",
      group: "ORGANIZATION",
      isMoney: data.isMoney ?? false,
      sortOrder: data.sortOrder ?? n,
    },
  });
}

export async function makeActivity(
  db: Db,
  pairingId: number,
  data: Partial<{ area: ContentAreaCode; date: Date; status: "DRAFT" | "SUBMITTED" | "VERIFIED" | "RETURNED"; title: string; values: { indicatorId: number; value: number }[] }> = {},
) {
  return db.activity.create({
    data: {
      pairingId,
      area: data.area ?? "ORG_LIFE",
      date: data.date ?? day("2011-03-01"),
      title: data.title ?? `活动${next()}`,
      status: data.status ?? "VERIFIED",
      values: data.values ? { create: data.values } : undefined,
    },
  });
}

export async function makePledge(db: Db, pairingId: number, data: Partial<{ dueDate: Date; createdAt: Date; status: "PROMISED" | "IN_PROGRESS" | "FULFILLED" }> = {}) {
  return db.pledge.create({
    data: {
      pairingId,
      pledgerName: `党员${next()}`,
      content: "帮助贫困户发展庭院经济",
      dueDate: data.dueDate ?? day("2011-06-30"),
      status: data.status ?? "PROMISED",
      createdAt: data.createdAt ?? day("2011-01-10"),
    },
  });
}

export async function makeVisit(db: Db, pairingId: number, date = day("2011-05-05")) {
  return db.leaderVisit.create({ data: { pairingId, date, leaderName: "王建国 (市委副书记)", notes: "走访贫困户" } });
}

/** An inspection covering `pairingIds`, with one rectification item for the first of them. */
export async function makeInspection(db: Db, pairingIds: number[], date = day("2011-04-20")) {
  return db.inspection.create({
    data: {
      date,
      kind: "PATROL",
      inspectors: "韩志刚",
      findings: "台帐记录不全",
      pairings: { create: pairingIds.map((pairingId) => ({ pairingId })) },
      rectifications: { create: [{ pairingId: pairingIds[0], description: "补齐台帐", dueDate: day("2011-05-20") }] },
    },
    include: { rectifications: true },
  });
}

export async function makeSurvey(db: Db, villageId: number, period = "2011-07") {
  return db.survey.create({ data: { villageId, period, takenOn: day(`${period}-15`), respondents: 100, satisfiedVillageOrg: 97, satisfiedPairing: 98 } });
}

/** A user with a real password hash, who can sign in with `password`. */
export async function makeUserWithPassword(db: Db, role: Role, password: string, scope: { unitId?: number; villageId?: number } = {}) {
  return db.user.create({
    data: {
      username: `${role.toLowerCase()}-pw${next()}`,
      displayName: `${role} 用户`,
      role,
      unitId: scope.unitId ?? null,
      villageId: scope.villageId ?? null,
      passwordHash: bcrypt.hashSync(password, 4),
    },
  });
}

/** The same database, counting every Prisma operation it runs (nested includes count once). */
export function countingDb(db: Db) {
  const counter = { operations: 0 };
  const counted = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        counter.operations += 1;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { db: counted, counter };
}
