// Leader visits (联系点走访) from a sheet, as the department's register of them is kept: a row
// names its pairing by unit, township and village, and is matched by pairing, day and leader — one
// leader visits one pairing once a day. A known visit is updated when its notes differ. The
// department's (ADMIN's) only, like recording a visit.
import { cellText, parseSheetDay } from "@/domain/sheet-values";
import { fromShanghaiDay, shanghaiDay, startOfShanghaiDay } from "@/lib/dates";
import { leaderUserIdFor, VisitInput } from "@/features/supervision";
import { column, withTownshipChoices } from "../columns";
import { chunks, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";
import { writablePairings } from "@/server/scope";
import { pairingOnDay, pairingsOfRow, scopedPairings } from "./pairing-cells";

type VisitRow = { row: number; pairingId: number; date: Date; leaderName: string; notes: string };
type VisitUpdate = VisitRow & { id: number };

const COLUMNS = [
  column("visits", { key: "unit", required: true, note: true, example: "市农业局", width: 18 }),
  column("visits", { key: "township", required: true, example: "铁力镇", width: 12 }),
  column("visits", { key: "village", required: true, example: "满天红村", width: 12 }),
  column("visits", { key: "date", required: true, note: true, example: "2011-05-05", width: 13 }),
  column("visits", { key: "leaderName", required: true, note: true, example: "李振华（市委常委、组织部部长）", width: 24 }),
  column("visits", { key: "notes", required: true, example: "研究解决村活动场所建设资金问题", width: 40 }),
];

const keyOf = (v: { pairingId: number; date: Date; leaderName: string }) => `${v.pairingId}|${shanghaiDay(v.date)}|${v.leaderName}`;

export const visitsImport: ImportKind<VisitRow, VisitUpdate> = {
  name: "visits",
  permission: "supervision.write",
  required: requiredHeaders(COLUMNS),
  columns: (db) => withTownshipChoices(db, COLUMNS),
  async check(ctx) {
    const byPair = await scopedPairings(ctx);
    const existing = new Map((await ctx.db.leaderVisit.findMany({ where: { pairing: writablePairings(ctx.user) }, orderBy: { id: "asc" } })).map((v) => [keyOf(v), v] as const));
    const today = startOfShanghaiDay(new Date());
    const plan: Plan<VisitRow, VisitUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const candidates = pairingsOfRow(r, byPair, ctx.user.role);
      const day = r.take("date", parseSheetDay(r.cell("date")));
      const pairing = pairingOnDay(candidates, day);
      const parsed = VisitInput.safeParse({ pairingId: pairing?.id ?? 1, date: day ?? "2000-01-01", leaderName: cellText(r.cell("leaderName")), notes: cellText(r.cell("notes")) });
      if (!parsed.success) failZod(r, parsed.error.issues);
      if (day && fromShanghaiDay(day) > today) r.fail("date", "supervision.validation.futureDate");
      else if (pairing && day && fromShanghaiDay(day) < pairing.startDate) r.fail("date", "supervision.validation.visitBeforeStart", { start: shanghaiDay(pairing.startDate) });
      if (pairing && day && parsed.success) {
        const earlier = seen.check(keyOf({ pairingId: pairing.id, date: fromShanghaiDay(day), leaderName: parsed.data.leaderName }), r.sheetRow.row);
        if (earlier !== undefined) r.fail("leaderName", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success || !pairing || !day) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const row: VisitRow = { row: r.sheetRow.row, pairingId: pairing.id, date: fromShanghaiDay(day), leaderName: parsed.data.leaderName, notes: parsed.data.notes };
      const current = existing.get(keyOf(row));
      if (!current) plan.create.push(row);
      else if (current.notes === row.notes) plan.unchanged += 1;
      else plan.update.push({ ...row, id: current.id });
    }
    return plan;
  },
  async apply({ tx, plan, importId, progress }) {
    const total = plan.create.length + plan.update.length;
    let done = 0;
    // The leader's account, as recording a visit finds it: from the pairing's contact leader or a leader user's name.
    const pairings = new Map((await tx.pairing.findMany({ where: { id: { in: [...new Set(plan.create.map((v) => v.pairingId))] } } })).map((p) => [p.id, p]));
    for (const part of chunks(plan.create, 500)) {
      const data = [];
      for (const { row: _, ...v } of part) data.push({ ...v, leaderUserId: await leaderUserIdFor(tx, pairings.get(v.pairingId)!, v.leaderName), importId });
      await tx.leaderVisit.createMany({ data });
      progress("write", (done += part.length), total);
    }
    for (const { id, notes } of plan.update) {
      await tx.leaderVisit.update({ where: { id }, data: { notes } });
      progress("write", ++done, total);
    }
  },
};
