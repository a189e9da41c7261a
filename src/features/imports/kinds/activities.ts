// Activities from a sheet, as liaisons keep them: a row names its unit, township and village, and
// the pairing is found from them — within the importer's scope, so a liaison imports for their own
// unit's pairings only. New rows become drafts recorded by the importer (submitting stays a
// separate, deliberate step); a row carrying an activity's number (编号, as exports write it)
// updates that activity while it is still editable. One column per active indicator.
import { writablePairings } from "@/server/scope";
import { isEditable } from "@/domain/activity-status";
import { CONFIRMATION_RESET } from "@/domain/countersign";
import { cellText, parseSheetChoice, parseSheetDay, parseSheetOptionalCount, parseSheetWholeNumber } from "@/domain/sheet-values";
import { parseId } from "@/domain/ids";
import { activityVisibility } from "@/domain/visibility";
import { CONTENT_AREAS, type ContentAreaCode } from "@/lib/content-areas";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { UserError } from "@/server/errors";
import type { DbOrTx } from "@/server/db-client";
import { ActivityInput, checkActivityDate } from "@/features/activities";
import { indicatorChoices } from "@/features/indicators";
import { choicesOf, column, zhLabel } from "../columns";
import { headerKey } from "../read-table";
import { pairingOnDay, pairingsOfRow, scopedPairings } from "./pairing-cells";
import { chunks, type Column, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";

type Values = Map<number, number>;
type ActivityRow = {
  row: number;
  pairingId: number;
  area: ContentAreaCode;
  date: Date;
  title: string;
  place: string;
  description: string;
  unitParticipants: number | null;
  villageParticipants: number | null;
  values: Values;
};
/** `indicatorIds`: the indicators the file has columns for; values of others stay as they are. */
type ActivityUpdate = ActivityRow & { id: number; indicatorIds: number[] };

const AREAS = choicesOf(CONTENT_AREAS, "areas");
const MAX_VALUE = 1_000_000_000;
/** Rows per INSERT: large enough to be quick, within SQLite's limit on bound values. */
const WRITE_BATCH = 1000;

const BASE_COLUMNS = [
  column("activities", { key: "id", note: true, width: 8 }),
  column("activities", { key: "unit", required: true, note: true, example: "市农业局", width: 18 }),
  column("activities", { key: "township", required: true, example: "铁力镇", width: 12 }),
  column("activities", { key: "village", required: true, example: "满天红村", width: 12 }),
  column("activities", { key: "area", required: true, choices: CONTENT_AREAS.map((a) => zhLabel(`areas.${a}`)), example: zhLabel("areas.MASS_SERVICE"), width: 16 }),
  column("activities", { key: "date", required: true, note: true, example: "2011-04-20", width: 13 }),
  column("activities", { key: "title", required: true, example: "走访慰问困难党员", width: 24 }),
  column("activities", { key: "place", example: "村委会", width: 14 }),
  column("activities", { key: "description", example: "为困难党员送去米面油。", width: 30 }),
  column("activities", { key: "unitParticipants", example: 8, width: 10 }),
  column("activities", { key: "villageParticipants", example: 15, width: 10 }),
];

const EXPORT_ONLY = [column("activities", { key: "status", exportOnly: true, width: 10 }), column("activities", { key: "confirmation", exportOnly: true, width: 10 })];

/** The indicator columns: one per active indicator, "帮办实事（件）", keyed by the indicator's id. */
export async function indicatorColumns(db: DbOrTx): Promise<(Column & { indicatorId: number; isMoney: boolean })[]> {
  const indicators = await indicatorChoices(db);
  return indicators.map((i) => ({
    key: `value:${i.id}`,
    header: `${i.labelZh}（${i.unitZh}）`,
    indicatorId: i.id,
    isMoney: i.isMoney,
    example: "",
    width: 12,
  }));
}

export const activitiesImport: ImportKind<ActivityRow, ActivityUpdate> = {
  name: "activities",
  permission: "activities.record",
  required: requiredHeaders(BASE_COLUMNS),
  columns: async (db) => [...BASE_COLUMNS, ...(await indicatorColumns(db)), ...EXPORT_ONLY],
  async check(ctx) {
    const indicators = (await indicatorColumns(ctx.db)).filter((c) => ctx.table.headers.some((h) => headerKey(h) === headerKey(c.header)));
    const byPair = await scopedPairings(ctx);
    const existing = await existingActivities(ctx, indicators.map((i) => i.indicatorId));
    const plan: Plan<ActivityRow, ActivityUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seenIds = new DuplicateGuard();
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const idText = cellText(r.cell("id"));
      const id = idText ? parseId(idText) : undefined;
      const current = id ? existing.get(id) : undefined;
      if (idText && !current) r.fail("id", "imports.problems.unknownActivity", { id: idText });
      const earlierId = id ? seenIds.check(String(id), r.sheetRow.row) : undefined;
      if (earlierId !== undefined) r.fail("id", "imports.problems.duplicate", { row: earlierId });

      const candidates = pairingsOfRow(r, byPair, ctx.user.role);
      const day = r.take("date", parseSheetDay(r.cell("date")));
      const area = r.take("area", parseSheetChoice(r.cell("area"), AREAS));
      const values: Values = new Map();
      for (const c of indicators) {
        const value = r.take(c.key, parseSheetWholeNumber(r.cell(c.key), MAX_VALUE, { suffix: c.isMoney ? "元" : undefined }));
        if (value) values.set(c.indicatorId, value);
      }
      const pairing = pairingOnDay(candidates, day);
      const count = (key: string) => r.take(key, parseSheetOptionalCount(r.cell(key), 100_000)) ?? null;
      const parsed = ActivityInput.safeParse({
        pairingId: pairing?.id ?? 1,
        area: area ?? "ORG_LIFE",
        date: day ?? "2000-01-01",
        title: cellText(r.cell("title")),
        place: cellText(r.cell("place")),
        description: cellText(r.cell("description")),
        unitParticipants: count("unitParticipants"),
        villageParticipants: count("villageParticipants"),
      });
      if (!parsed.success) failZod(r, parsed.error.issues);
      if (pairing && day) {
        try {
          checkActivityDate(fromShanghaiDay(day), pairing);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          r.fail("date", error.messageKey, error.params);
        }
      }
      if (pairing && day && parsed.success && !id) {
        const earlier = seen.check(`${pairing.id}|${day}|${parsed.data.title}`, r.sheetRow.row);
        if (earlier !== undefined) r.fail("title", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success || !pairing || !day || !area) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const { place, description, unitParticipants, villageParticipants, title } = parsed.data;
      const row: ActivityRow = { row: r.sheetRow.row, pairingId: pairing.id, area, date: fromShanghaiDay(day), title, place, description, unitParticipants, villageParticipants, values };
      if (!current) plan.create.push(row);
      else if (sameActivity(current, row)) plan.unchanged += 1;
      else if (!isEditable(current.status)) {
        r.fail("id", "imports.problems.notEditable", { id: current.id });
        plan.rejected.push(r.rejected());
      } else plan.update.push({ ...row, id: current.id, indicatorIds: indicators.map((i) => i.indicatorId) });
    }
    return plan;
  },
  async apply({ tx, user, plan, importId, progress }) {
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, WRITE_BATCH)) {
      await tx.activity.createMany({ data: part.map(({ row: _, values: __, ...a }) => ({ ...a, status: "DRAFT" as const, recordedById: user.id, importId })) });
      progress("write", (done += part.length), total);
    }
    // Their values, matched by pairing, day and title: within one import these name one row (duplicates were refused).
    const keyOf = (a: { pairingId: number; date: Date; title: string }) => `${a.pairingId}|${a.date.getTime()}|${a.title}`;
    const created = plan.create.length > 0 ? await tx.activity.findMany({ where: { importId }, select: { id: true, pairingId: true, date: true, title: true } }) : [];
    const idOf = new Map(created.map((a) => [keyOf(a), a.id]));
    const values = plan.create.flatMap((a) => [...a.values].map(([indicatorId, value]) => ({ activityId: idOf.get(keyOf(a))!, indicatorId, value })));
    for (const part of chunks(values, WRITE_BATCH * 2)) await tx.activityIndicatorValue.createMany({ data: part });
    for (const { id, row: _, values, indicatorIds, ...a } of plan.update) {
      const { count } = await tx.activity.updateMany({ where: { id, status: { in: ["DRAFT", "RETURNED"] } }, data: { ...a, ...CONFIRMATION_RESET } });
      if (count !== 1) throw new UserError("activities.errors.notEditable");
      await tx.activityIndicatorValue.deleteMany({ where: { activityId: id, indicatorId: { in: indicatorIds } } });
      if (values.size > 0) await tx.activityIndicatorValue.createMany({ data: [...values].map(([indicatorId, value]) => ({ activityId: id, indicatorId, value })) });
      progress("write", ++done, total);
    }
  },
};

type Existing = { id: number; status: Parameters<typeof isEditable>[0]; pairingId: number; area: string; date: Date; title: string; place: string; description: string; unitParticipants: number | null; villageParticipants: number | null; values: Values };

/** The activities the file names by number, if the importer may see them, with the values of the file's indicator columns. */
async function existingActivities(ctx: Parameters<ImportKind["check"]>[0], indicatorIds: number[]): Promise<Map<number, Existing>> {
  const positions = ctx.table.headers.map(headerKey);
  const idCol = positions.indexOf(headerKey(zhLabel("imports.columns.activities.id")));
  const wanted = idCol < 0 ? [] : [...new Set(ctx.table.rows.map((r) => parseId(cellText(r.cells[idCol] ?? null))).filter((id): id is number => id !== undefined))];
  const out = new Map<number, Existing>();
  for (const part of chunks(wanted, 500)) {
    const rows = await ctx.db.activity.findMany({
      where: { AND: [{ id: { in: part } }, activityVisibility(ctx.user), { pairing: writablePairings(ctx.user) }] },
      include: { values: { where: { indicatorId: { in: indicatorIds } }, select: { indicatorId: true, value: true } } },
    });
    for (const a of rows) out.set(a.id, { ...a, values: new Map(a.values.map((v) => [v.indicatorId, v.value])) });
  }
  return out;
}

function sameActivity(a: Existing, b: ActivityRow): boolean {
  const fields = ["pairingId", "area", "title", "place", "description", "unitParticipants", "villageParticipants"] as const;
  if (fields.some((f) => a[f] !== b[f]) || shanghaiDay(a.date) !== shanghaiDay(b.date)) return false;
  if (a.values.size !== b.values.size) return false;
  return [...a.values].every(([id, v]) => b.values.get(id) === v);
}
