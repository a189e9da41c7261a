// Builders for the dashboard's database tests: activities with indicator values (VERIFIED ones
// enter the rollup in the same transaction, as verification does), pledges, visits, inspections
// with rectifications, surveys, and the filter a given viewer would get.
import type { ContentAreaCode } from "@/lib/content-areas";
import { fromShanghaiDay } from "@/lib/dates";
import type { Db } from "@/server/db-client";
import { applyToRollup } from "@/server/rollup";
import { type PairingScope, pairingScope } from "@/server/scope";
import type { DashboardFilter } from "@/features/dashboard/queries/filter";
import type { Period } from "@/features/dashboard/period";

let counter = 0;

type Status = "DRAFT" | "SUBMITTED" | "VERIFIED" | "RETURNED";

export type ActivitySpec = {
  pairingId: number;
  day: string;
  area?: ContentAreaCode;
  status?: Status;
  values?: Record<number, number>;
  confirmation?: "PENDING" | "CONFIRMED" | "DISPUTED";
  /** When it was submitted; defaults to the activity's day at 10:00 for anything but a draft. */
  submittedAt?: Date;
};

/** A Shanghai wall-clock instant: at("2010-08-01", "00:30"). */
export const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+08:00`);

export async function makeActivity(db: Db, spec: ActivitySpec) {
  const status = spec.status ?? "VERIFIED";
  const date = fromShanghaiDay(spec.day);
  const values = Object.entries(spec.values ?? {}).map(([indicatorId, value]) => ({ indicatorId: Number(indicatorId), value }));
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.create({
      data: {
        pairingId: spec.pairingId,
        area: spec.area ?? "ORG_LIFE",
        date,
        title: `测试活动${++counter}`,
        status,
        confirmation: spec.confirmation ?? "PENDING",
        submittedAt: status === "DRAFT" ? null : (spec.submittedAt ?? at(spec.day)),
        verifiedAt: status === "VERIFIED" ? at(spec.day, "16:00") : null,
        values: { create: values },
      },
    });
    if (status === "VERIFIED") await applyToRollup(tx, { pairingId: spec.pairingId, date, values }, 1);
    return activity;
  });
}

export async function makeIndicator(db: Db, data: { code?: string; group?: "ORGANIZATION" | "RELATIONS" | "DEVELOPMENT" | "SUPERVISION"; isMoney?: boolean; sortOrder?: number } = {}) {
  const code = data.code ?? `ind_${++counter}`;
  return db.indicator.create({
    data: {
      code,
      labelZh: `指标${code}`,
      labelEn: `Indicator ${code}`,
      unitZh: data.isMoney ? "元" : "项",
      unitEn: data.isMoney ? "yuan" : "items",
      group: data.group ?? "ORGANIZATION",
      isMoney: data.isMoney ?? false,
      sortOrder: data.sortOrder ?? counter,
    },
  });
}

export async function endPairing(db: Db, pairingId: number, lastDay: string) {
  return db.pairing.update({ where: { id: pairingId }, data: { status: "ENDED", endDate: fromShanghaiDay(lastDay), activeKey: null } });
}

export async function makePledge(db: Db, pairingId: number, dueDay: string, status: "PROMISED" | "IN_PROGRESS" | "FULFILLED" = "PROMISED") {
  return db.pledge.create({
    data: { pairingId, pledgerName: `党员${++counter}`, content: "为村里办一件实事", dueDate: fromShanghaiDay(dueDay), status, fulfilledAt: status === "FULFILLED" ? fromShanghaiDay(dueDay) : null },
  });
}

export async function makeVisit(db: Db, pairingId: number, day: string) {
  return db.leaderVisit.create({ data: { pairingId, date: fromShanghaiDay(day), leaderName: "王建国" } });
}

export async function makeInspection(db: Db, day: string, pairingIds: number[], rectifications: { pairingId: number; status: "OPEN" | "IN_PROGRESS" | "CLOSED" }[] = []) {
  return db.inspection.create({
    data: {
      date: fromShanghaiDay(day),
      kind: "PATROL",
      inspectors: "督查组",
      pairings: { create: pairingIds.map((pairingId) => ({ pairingId })) },
      rectifications: {
        create: rectifications.map((r) => ({ pairingId: r.pairingId, description: "整改事项", dueDate: fromShanghaiDay(day), status: r.status })),
      },
    },
  });
}

export async function makeSurvey(db: Db, villageId: number, round: string, day: string, respondents: number, satisfiedVillageOrg: number, satisfiedPairing: number) {
  return db.survey.create({ data: { villageId, period: round, takenOn: fromShanghaiDay(day), respondents, satisfiedVillageOrg, satisfiedPairing } });
}

/** The filter a viewer with this role and scope gets for the period (and township). */
export function filterFor(viewer: { role: "ADMIN" | "LEADER" | "LIAISON" | "VILLAGE"; unitId?: number; villageId?: number }, period: Period, townshipId?: number): DashboardFilter {
  const scope: PairingScope = pairingScope({ role: viewer.role, unitId: viewer.unitId ?? null, villageId: viewer.villageId ?? null });
  return { scope, period, townshipId };
}
