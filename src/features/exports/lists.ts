import "server-only";
// Each list's export: the list's own query builder (the same filters, order and scope as the page,
// read from the same query string), paged through the database in batches, with Chinese headers.
// Lists that can be imported carry the import's headers and values, so an export imports back
// unchanged (tests/db/exports.test.ts does it).
import { isPledgeOverdue } from "@/domain/overdue";
import { translatorFor } from "@/i18n/translator";
import type { CurrentUser } from "@/server/current-user";
import type { DbOrTx } from "@/server/db-client";
import type { Permission } from "@/server/permissions";
import { shanghaiDay } from "@/lib/dates";
import type { SearchParams } from "@/lib/list-params";
import { activityListQuery, activityOrderBy, activityWhere } from "@/features/activities";
import { AUDIT_ORDER, auditListQuery, auditWhere } from "@/features/audit";
import { pairingListQuery, pairingOrderBy, pairingWhere } from "@/features/pairings";
import { pledgeListQuery, pledgeOrderBy, pledgeWhere } from "@/features/pledges";
import { unitListQuery, unitOrderBy, unitWhere } from "@/features/units";
import { villageListQuery, villageOrderBy, villageWhere } from "@/features/villages";
import { dayCell, type ExportColumn, type SheetSpec } from "./sheet-writer";

const zh = translatorFor("zh-CN");

/** Rows read per query: enough to be quick, few enough to keep memory flat. */
export const EXPORT_BATCH = 1000;

export const EXPORT_LISTS = ["units", "villages", "pairings", "activities", "pledges", "audit"] as const;
export type ExportListName = (typeof EXPORT_LISTS)[number];

type ListExport = {
  permission: Permission;
  /** The file's name, without extension. */
  title: string;
  sheet: (db: DbOrTx, user: CurrentUser, params: SearchParams) => Promise<SheetSpec<never>>;
};

/** Pages of `take` rows until a short page. */
async function* batches<R>(read: (skip: number, take: number) => Promise<R[]>, take = EXPORT_BATCH): AsyncGenerator<R[]> {
  for (let skip = 0; ; skip += take) {
    const rows = await read(skip, take);
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
  }
}

const col = <R,>(header: string, value: ExportColumn<R>["value"], extra: Omit<ExportColumn<R>, "header" | "value"> = {}): ExportColumn<R> => ({ header, value, ...extra });
const h = (kind: string, key: string) => zh(`imports.columns.${kind}.${key}`);
const day = (d: Date | null) => dayCell(d ? shanghaiDay(d) : null);

export const LIST_EXPORTS: Record<ExportListName, ListExport> = {
  units: {
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
      return { title: zh("units.title"), columns, rows } as SheetSpec<never>;
    },
  },
  villages: {
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
      return { title: zh("villages.title"), columns, rows } as SheetSpec<never>;
    },
  },
  pairings: {
    permission: "pairings.read",
    title: zh("pairings.title"),
    async sheet(db, user, params) {
      const query = pairingListQuery(params);
      const include = { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } };
      type Row = Awaited<ReturnType<typeof db.pairing.findMany<{ include: typeof include }>>>[number];
      const columns: ExportColumn<Row>[] = [
        col(h("pairings", "unit"), (p) => p.unit.name, { width: 20 }),
        col(h("pairings", "township"), (p) => p.village.township.name),
        col(h("pairings", "village"), (p) => p.village.name),
        col(h("pairings", "startDate"), (p) => day(p.startDate), { kind: "day" }),
        col(h("pairings", "goals"), (p) => p.goals, { width: 36 }),
        col(h("pairings", "contactLeader"), (p) => p.contactLeaderName, { width: 24 }),
        col(h("pairings", "endDate"), (p) => day(p.endDate), { kind: "day" }),
        col(h("pairings", "status"), (p) => zh(`common.pairingStatus.${p.status}`), { width: 10 }),
      ];
      const rows = batches((skip, take) => db.pairing.findMany({ where: pairingWhere(user, query), orderBy: pairingOrderBy(query), skip, take, include }));
      return { title: zh("pairings.title"), columns, rows } as SheetSpec<never>;
    },
  },
  activities: {
    permission: "activities.read",
    title: zh("activities.title"),
    async sheet(db, user, params) {
      const query = activityListQuery(params);
      // Every indicator of the catalogue: an inactive one still names past values (the import ignores its column).
      const indicators = await db.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
      const include = {
        pairing: { select: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } },
        values: { select: { indicatorId: true, value: true } },
      };
      type Row = Awaited<ReturnType<typeof db.activity.findMany<{ include: typeof include }>>>[number];
      const valueOf = (a: Row, id: number) => a.values.find((v) => v.indicatorId === id)?.value ?? null;
      const columns: ExportColumn<Row>[] = [
        col(h("activities", "id"), (a) => a.id, { kind: "number", width: 8 }),
        col(h("activities", "unit"), (a) => a.pairing.unit.name, { width: 18 }),
        col(h("activities", "township"), (a) => a.pairing.village.township.name),
        col(h("activities", "village"), (a) => a.pairing.village.name),
        col(h("activities", "area"), (a) => zh(`areas.${a.area}`), { width: 16 }),
        col(h("activities", "date"), (a) => day(a.date), { kind: "day", width: 13 }),
        col(h("activities", "title"), (a) => a.title, { width: 24 }),
        col(h("activities", "place"), (a) => a.place),
        col(h("activities", "description"), (a) => a.description, { width: 30 }),
        col(h("activities", "unitParticipants"), (a) => a.unitParticipants, { kind: "number" }),
        col(h("activities", "villageParticipants"), (a) => a.villageParticipants, { kind: "number" }),
        ...indicators.map((i) => col<Row>(`${i.labelZh}（${i.unitZh}）`, (a) => valueOf(a, i.id), { kind: i.isMoney ? "money" : "number", width: 12 })),
        col(h("activities", "status"), (a) => zh(`activities.status.${a.status}`), { width: 10 }),
        col(h("activities", "confirmation"), (a) => zh(`activities.confirmation.${a.confirmation}`), { width: 10 }),
      ];
      const where = activityWhere(user, query);
      const rows = batches((skip, take) => db.activity.findMany({ where, orderBy: activityOrderBy(query), skip, take, include }));
      return { title: zh("activities.title"), columns, rows } as SheetSpec<never>;
    },
  },
  pledges: {
    permission: "pledges.read",
    title: zh("pledges.title"),
    async sheet(db, user, params) {
      const query = pledgeListQuery(params);
      const now = new Date();
      const include = { pairing: { select: { unit: { select: { name: true } }, village: { select: { name: true, township: { select: { name: true } } } } } }, review: { select: { rating: true } } };
      type Row = Awaited<ReturnType<typeof db.pledge.findMany<{ include: typeof include }>>>[number];
      const f = (key: string) => zh(`pledges.fields.${key}`);
      const columns: ExportColumn<Row>[] = [
        col(h("activities", "unit"), (p) => p.pairing.unit.name, { width: 18 }),
        col(h("activities", "township"), (p) => p.pairing.village.township.name),
        col(h("activities", "village"), (p) => p.pairing.village.name),
        col(f("pledgerKind"), (p) => zh(`pledges.pledgerKinds.${p.pledgerKind}`), { width: 12 }),
        col(f("pledgerName"), (p) => p.pledgerName),
        col(f("content"), (p) => p.content, { width: 36 }),
        col(f("dueDate"), (p) => day(p.dueDate), { kind: "day", width: 14 }),
        col(f("statusLabel"), (p) => zh(`pledges.status.${p.status}`) + (isPledgeOverdue(p, now) ? `（${zh("pledges.overdue")}）` : ""), { width: 16 }),
        col(f("fulfilledAt"), (p) => day(p.fulfilledAt), { kind: "day", width: 14 }),
        col(f("evidence"), (p) => p.evidence ?? "", { width: 30 }),
        col(zh("pledges.fields.rating"), (p) => (p.review ? zh(`pledges.ratings.${p.review.rating}`) : "")),
      ];
      const where = pledgeWhere(user, query, now);
      const rows = batches((skip, take) => db.pledge.findMany({ where, orderBy: pledgeOrderBy(query), skip, take, include }));
      return { title: zh("pledges.title"), columns, rows } as SheetSpec<never>;
    },
  },
  audit: {
    permission: "audit.read",
    title: zh("audit.title"),
    async sheet(db, _user, params) {
      const query = auditListQuery(params);
      const include = { user: { select: { username: true, displayName: true } } };
      type Row = Awaited<ReturnType<typeof db.auditEntry.findMany<{ include: typeof include }>>>[number];
      const columns: ExportColumn<Row>[] = [
        // The moment in Beijing time, as the log page shows it.
        col(zh("audit.at"), (e) => new Date(e.at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " "), { width: 20 }),
        col(zh("audit.user"), (e) => (e.user ? `${e.user.displayName}（${e.user.username}）` : ""), { width: 20 }),
        col(zh("audit.action"), (e) => e.action, { width: 20 }),
        col(zh("audit.entity"), (e) => e.entity),
        col(zh("exports.audit.entityId"), (e) => e.entityId, { width: 10 }),
        col(zh("exports.audit.before"), (e) => e.before ?? "", { width: 50 }),
        col(zh("exports.audit.after"), (e) => e.after ?? "", { width: 50 }),
      ];
      const rows = batches((skip, take) => db.auditEntry.findMany({ where: auditWhere(query), orderBy: AUDIT_ORDER, skip, take, include }));
      return { title: zh("audit.title"), columns, rows } as SheetSpec<never>;
    },
  },
};
