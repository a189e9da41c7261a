import "server-only";
// The registry's lists: units, villages and pairings. Each writes its import's headers and values,
// so its export imports back unchanged (tests/db/exports.test.ts).
import { pairingListQuery, pairingOrderBy, pairingWhere } from "@/features/pairings";
import { unitListQuery, unitOrderBy, unitWhere } from "@/features/units";
import { villageListQuery, villageOrderBy, villageWhere } from "@/features/villages";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, day, h, type ListExport, sheetOf, zh } from "./define";

export const unitsExport: ListExport = {
  permission: "registry.read",
  title: zh("units.title"),
  async sheet(db, user, params) {
    const query = unitListQuery(params, user);
    type Row = Awaited<ReturnType<typeof db.unit.findMany<{ include: { _count: { select: { pairings: true } } } }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(h("units", "name"), (u) => u.name, { width: 24 }),
      col(h("units", "kind"), (u) => zh(`units.kinds.${u.kind}`), { width: 12 }),
      col(h("units", "isWindowService"), (u) => (u.isWindowService ? "是" : "否"), { width: 12 }),
      col(h("units", "partyOrgName"), (u) => u.partyOrgName, { width: 28 }),
      col(h("units", "secretary"), (u) => u.secretary),
      col(h("units", "phone"), (u) => u.phone, { width: 16 }),
      col(h("units", "memberCount"), (u) => u.memberCount, { kind: "number" }),
      col(h("units", "pairingCount"), (u) => u._count.pairings, { kind: "number" }),
    ];
    const rows = batches((skip, take) => db.unit.findMany({ where: unitWhere(query), orderBy: unitOrderBy(query), skip, take, include: { _count: { select: { pairings: { where: query.scope } } } } }));
    return sheetOf(zh("units.title"), columns, rows);
  },
};

export const villagesExport: ListExport = {
  permission: "registry.read",
  title: zh("villages.title"),
  async sheet(db, user, params) {
    const query = villageListQuery(params, user);
    const include = { township: { select: { name: true } }, pairings: { where: { status: "ACTIVE" as const, ...query.scope }, select: { unit: { select: { name: true } } } } };
    type Row = Awaited<ReturnType<typeof db.village.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(h("villages", "township"), (v) => v.township.name),
      col(h("villages", "name"), (v) => v.name, { width: 16 }),
      col(h("villages", "secretary"), (v) => v.secretary),
      col(h("villages", "households"), (v) => v.households, { kind: "number" }),
      col(h("villages", "population"), (v) => v.population, { kind: "number" }),
      col(h("villages", "memberCount"), (v) => v.memberCount, { kind: "number" }),
      col(h("villages", "poorHouseholds"), (v) => v.poorHouseholds, { kind: "number" }),
      col(h("villages", "latitude"), (v) => v.latitude, { kind: "number" }),
      col(h("villages", "longitude"), (v) => v.longitude, { kind: "number" }),
      col(h("villages", "pairedUnits"), (v) => v.pairings.map((p) => p.unit.name).join("、"), { width: 30 }),
    ];
    const rows = batches((skip, take) => db.village.findMany({ where: villageWhere(query), orderBy: villageOrderBy(query), skip, take, include }));
    return sheetOf(zh("villages.title"), columns, rows);
  },
};

export const pairingsExport: ListExport = {
  permission: "pairings.read",
  title: zh("pairings.title"),
  async sheet(db, user, params) {
    const query = pairingListQuery(params);
    const include = { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } }, campaign: { select: { name: true } } };
    type Row = Awaited<ReturnType<typeof db.pairing.findMany<{ include: typeof include }>>>[number];
    const columns: ExportColumn<Row>[] = [
      col(h("pairings", "unit"), (p) => p.unit.name, { width: 20 }),
      col(h("pairings", "township"), (p) => p.village.township.name),
      col(h("pairings", "village"), (p) => p.village.name),
      col(h("pairings", "startDate"), (p) => day(p.startDate), { kind: "day" }),
      col(h("pairings", "goals"), (p) => p.goals, { width: 36 }),
      col(h("pairings", "contactLeader"), (p) => p.contactLeaderName, { width: 24 }),
      col(h("pairings", "campaign"), (p) => p.campaign.name, { width: 18 }),
      col(h("pairings", "endDate"), (p) => day(p.endDate), { kind: "day" }),
      col(h("pairings", "status"), (p) => zh(`common.pairingStatus.${p.status}`), { width: 10 }),
    ];
    const rows = batches((skip, take) => db.pairing.findMany({ where: pairingWhere(user, query), orderBy: pairingOrderBy(query), skip, take, include }));
    return sheetOf(zh("pairings.title"), columns, rows);
  },
};
