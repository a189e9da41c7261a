// Pledges (承诺) from a sheet, as a unit collects its members' pledges: a row names its pairing by
// unit, township and village (a liaison: their own unit's only) and is matched by its pairing and
// its content — the same words promised twice in one pairing are one pledge. A known pledge still
// open is updated when its pledger or due day differ; a fulfilled one is settled and only matches
// unchanged. New pledges start as promised, recorded by the importer.
import { cellText, parseSheetChoice, parseSheetDay } from "@/domain/sheet-values";
import { writablePairings, writableUnits } from "@/server/scope";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { UserError } from "@/server/errors";
import { applyPledgeChanges, pledgeStates, withPledgeAggregates } from "@/server/aggregates/pledges";
import { PLEDGER_KINDS, PledgeInput } from "@/features/pledges";
import { choicesOf, column, withTownshipChoices, zhLabel } from "../columns";
import { chunks, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";
import { pairingOnDay, pairingsOfRow, scopedPairings, type ScopedPairing } from "./pairing-cells";

type PledgerKind = (typeof PLEDGER_KINDS)[number];
type PledgeRow = { row: number; pairingId: number; pledgerKind: PledgerKind; pledgerName: string; content: string; dueDate: Date };
type PledgeUpdate = PledgeRow & { id: number };

const KINDS = choicesOf(PLEDGER_KINDS, "pledges.pledgerKinds");

const COLUMNS = [
  column("pledges", { key: "unit", required: true, note: true, example: "市农业局", width: 18 }),
  column("pledges", { key: "township", required: true, example: "铁力镇", width: 12 }),
  column("pledges", { key: "village", required: true, example: "满天红村", width: 12 }),
  column("pledges", { key: "pledgerKind", required: true, choices: PLEDGER_KINDS.map((k) => zhLabel(`pledges.pledgerKinds.${k}`)), example: zhLabel("pledges.pledgerKinds.MEMBER"), width: 12 }),
  column("pledges", { key: "pledgerName", note: true, example: "张伟", width: 12 }),
  column("pledges", { key: "content", required: true, note: true, example: "帮助村里联系食用菌销路", width: 36 }),
  column("pledges", { key: "dueDate", required: true, note: true, example: "2011-12-31", width: 14 }),
  column("pledges", { key: "status", exportOnly: true, width: 16 }),
  column("pledges", { key: "fulfilledAt", exportOnly: true, width: 14 }),
  column("pledges", { key: "evidence", exportOnly: true, width: 30 }),
  column("pledges", { key: "rating", exportOnly: true, width: 10 }),
];

export const pledgesImport: ImportKind<PledgeRow, PledgeUpdate> = {
  name: "pledges",
  permission: "pledges.manage",
  required: requiredHeaders(COLUMNS),
  columns: (db) => withTownshipChoices(db, COLUMNS),
  async check(ctx) {
    const byPair = await scopedPairings(ctx);
    const existing = new Map(
      (await ctx.db.pledge.findMany({ where: { pairing: writablePairings(ctx.user) }, orderBy: { id: "asc" } })).map((p) => [`${p.pairingId}|${p.content}`, p] as const),
    );
    // An organization's pledge without a name is in its party organization's name, as the form does it.
    const units = new Map((await ctx.db.unit.findMany({ where: writableUnits(ctx.user), select: { id: true, name: true, partyOrgName: true } })).map((u) => [u.id, u.partyOrgName || u.name]));
    const plan: Plan<PledgeRow, PledgeUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const candidates = pairingsOfRow(r, byPair, ctx.user.role);
      const day = r.take("dueDate", parseSheetDay(r.cell("dueDate")));
      const pledgerKind = r.take("pledgerKind", parseSheetChoice(r.cell("pledgerKind"), KINDS));
      const content = cellText(r.cell("content"));
      // A known pledge keeps its pairing; a new one goes to the pairing whose period holds its due day.
      const current = candidates?.map((p) => existing.get(`${p.id}|${content}`)).find((p) => p !== undefined);
      const pairing: ScopedPairing | undefined = current ? candidates?.find((p) => p.id === current.pairingId) : pairingOnDay(candidates, day);
      const parsed = PledgeInput.safeParse({ pairingId: pairing?.id ?? 1, pledgerKind: pledgerKind ?? "MEMBER", pledgerName: cellText(r.cell("pledgerName")), content, dueDate: day ?? "2000-01-01" });
      if (!parsed.success) failZod(r, parsed.error.issues);
      if (pairing && day && fromShanghaiDay(day) < pairing.startDate) r.fail("dueDate", "pledges.validation.dueBeforeStart", { start: shanghaiDay(pairing.startDate) });
      if (pairing && parsed.success) {
        const earlier = seen.check(`${pairing.id}|${parsed.data.content}`, r.sheetRow.row);
        if (earlier !== undefined) r.fail("content", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success || !pairing || !day || !pledgerKind) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const pledgerName = parsed.data.pledgerName || (pledgerKind === "ORGANIZATION" ? (units.get(pairing.unitId) ?? "") : "");
      const row: PledgeRow = { row: r.sheetRow.row, pairingId: pairing.id, pledgerKind, pledgerName, content: parsed.data.content, dueDate: fromShanghaiDay(day) };
      const same = current && current.pledgerKind === row.pledgerKind && current.pledgerName === row.pledgerName && shanghaiDay(current.dueDate) === day;
      if (!current) plan.create.push(row);
      else if (same) plan.unchanged += 1;
      else if (current.status === "FULFILLED") {
        r.fail("content", "pledges.errors.fulfilledLocked");
        plan.rejected.push(r.rejected());
      } else plan.update.push({ ...row, id: current.id });
    }
    return plan;
  },
  async apply({ tx, user, plan, importId, progress }) {
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, 500)) {
      await tx.pledge.createMany({ data: part.map(({ row: _, ...p }) => ({ ...p, createdById: user.id, importId })) });
      progress("write", (done += part.length), total);
    }
    // The new pledges (this import's, before the updates below) enter the dashboard's pledge counts.
    if (plan.create.length > 0) await applyPledgeChanges(tx, new Map(), await pledgeStates(tx, { importId }));
    // A new due date moves the pledge to another month of the dashboard's pledge counts.
    await withPledgeAggregates(tx, { id: { in: plan.update.map((u) => u.id) } }, async () => {
      for (const { id, pledgerKind, pledgerName, dueDate } of plan.update) {
        // Only while open: a pledge fulfilled since the check stays as it is, and the import with it.
        const { count } = await tx.pledge.updateMany({ where: { id, status: { in: ["PROMISED", "IN_PROGRESS"] } }, data: { pledgerKind, pledgerName, dueDate } });
        if (count !== 1) throw new UserError("pledges.errors.fulfilledLocked");
        progress("write", ++done, total);
      }
    });
  },
};
