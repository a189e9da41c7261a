// Pairings from a sheet: a unit and a village named as in the registry, matched by the pair within
// the row's campaign (one active pairing per unit and village in a campaign; the campaign column
// may stay blank: the current campaign). A known active pairing is updated when its start day,
// goals or contact leader differ; an ended one is history and only ever matches unchanged.
import { cellText, parseSheetDay } from "@/domain/sheet-values";
import { fromShanghaiDay, shanghaiDay } from "@/lib/dates";
import { todayInShanghai } from "@/domain/days";
import { currentCampaignWhere } from "@/features/campaigns";
import { PairingInput } from "@/features/pairings";
import { column } from "../columns";
import { writableCampaigns, writablePairings, writableUnits, writableVillages } from "@/server/scope";
import { chunks, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";

type PairingRow = { row: number; campaignId: number; unitId: number; villageId: number; startDate: Date; goals: string; contactLeaderName: string };
type PairingUpdate = PairingRow & { id: number };

const COLUMNS = [
  column("pairings", { key: "unit", required: true, note: true, example: "市农业局", width: 20 }),
  column("pairings", { key: "township", required: true, example: "铁力镇", width: 12 }),
  column("pairings", { key: "village", required: true, example: "满天红村", width: 14 }),
  column("pairings", { key: "startDate", required: true, note: true, example: "2010-06-01", width: 14 }),
  column("pairings", { key: "goals", example: "建设村级活动场所，发展食用菌产业", width: 36 }),
  column("pairings", { key: "contactLeader", example: "李振华（市委常委、组织部部长）", width: 24 }),
  column("pairings", { key: "campaign", note: true, example: "百局联百村", width: 18 }),
  column("pairings", { key: "endDate", exportOnly: true, width: 14 }),
  column("pairings", { key: "status", exportOnly: true, width: 10 }),
];

export const pairingsImport: ImportKind<PairingRow, PairingUpdate> = {
  name: "pairings",
  permission: "pairings.write",
  required: requiredHeaders(COLUMNS),
  columns: async () => COLUMNS,
  async check(ctx) {
    const units = new Map((await ctx.db.unit.findMany({ where: writableUnits(ctx.user), select: { id: true, name: true } })).map((u) => [u.name, u.id]));
    const villages = await ctx.db.village.findMany({ where: writableVillages(ctx.user), select: { id: true, name: true, township: { select: { name: true } } } });
    const villageIds = new Map(villages.map((v) => [`${v.township.name}:${v.name}`, v.id]));
    // The importer's own region's campaigns by name; the newest of a name when a name is repeated.
    const writable = writableCampaigns(ctx.user);
    const campaigns = new Map((await ctx.db.campaign.findMany({ where: writable, orderBy: [{ startsOn: "asc" }, { id: "asc" }], select: { id: true, name: true } })).map((c) => [c.name, c.id]));
    const currentId = (await currentCampaignWhere(ctx.db, writable, todayInShanghai()))?.id;
    const pairs = new Map<string, Awaited<ReturnType<typeof ctx.db.pairing.findMany>>>();
    for (const p of await ctx.db.pairing.findMany({ where: writablePairings(ctx.user), orderBy: { startDate: "desc" } })) {
      const key = `${p.campaignId}:${p.unitId}:${p.villageId}`;
      pairs.set(key, [...(pairs.get(key) ?? []), p]);
    }
    const plan: Plan<PairingRow, PairingUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const unitName = cellText(r.cell("unit"));
      const unitId = units.get(unitName);
      if (!unitName) r.fail("unit", "imports.problems.required");
      else if (!unitId) r.fail("unit", "imports.problems.unknownUnit", { name: unitName });
      const [townshipName, villageName] = [cellText(r.cell("township")), cellText(r.cell("village"))];
      const villageId = villageIds.get(`${townshipName}:${villageName}`);
      if (!townshipName) r.fail("township", "imports.problems.required");
      if (!villageName) r.fail("village", "imports.problems.required");
      else if (townshipName && !villageId) r.fail("village", "imports.problems.unknownVillage", { township: townshipName, name: villageName });
      const campaignName = cellText(r.cell("campaign"));
      const campaignId = campaignName ? campaigns.get(campaignName) : currentId;
      if (campaignName && !campaignId) r.fail("campaign", "imports.problems.unknownCampaign", { name: campaignName });
      else if (!campaignId) r.fail("campaign", "imports.problems.noCampaign");
      const day = r.take("startDate", parseSheetDay(r.cell("startDate")));
      const parsed = PairingInput.safeParse({
        unitId: unitId ?? 1,
        villageId: villageId ?? 1,
        startDate: day ?? "2000-01-01",
        goals: cellText(r.cell("goals")),
        contactLeaderName: cellText(r.cell("contactLeader")),
      });
      if (!parsed.success) failZod(r, parsed.error.issues, { goals: "goals", contactLeaderName: "contactLeader" });
      if (unitId && villageId) {
        const earlier = seen.check(`${campaignId}:${unitId}:${villageId}`, r.sheetRow.row);
        if (earlier !== undefined) r.fail("village", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success || !unitId || !villageId || !day || !campaignId) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const row = { row: r.sheetRow.row, campaignId, unitId, villageId, startDate: fromShanghaiDay(day), goals: parsed.data.goals, contactLeaderName: parsed.data.contactLeaderName };
      const ofPair = pairs.get(`${campaignId}:${unitId}:${villageId}`) ?? [];
      const active = ofPair.find((p) => p.status === "ACTIVE");
      const ended = ofPair.find((p) => p.status === "ENDED" && shanghaiDay(p.startDate) === day);
      const current = active ?? ended;
      const differs = current && (shanghaiDay(current.startDate) !== day || current.goals !== row.goals || current.contactLeaderName !== row.contactLeaderName);
      if (!current) plan.create.push(row);
      else if (!differs) plan.unchanged += 1;
      else if (current.status === "ACTIVE") plan.update.push({ ...row, id: current.id });
      else {
        r.fail("startDate", "imports.problems.pairingEnded");
        plan.rejected.push(r.rejected());
      }
    }
    return plan;
  },
  async apply({ tx, plan, importId, progress }) {
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, 500)) {
      await tx.pairing.createMany({
        data: part.map(({ row: _, ...p }) => ({ ...p, status: "ACTIVE" as const, activeKey: `${p.unitId}:${p.villageId}`, importId })),
      });
      progress("write", (done += part.length), total);
    }
    for (const { id, startDate, goals, contactLeaderName } of plan.update) {
      await tx.pairing.update({ where: { id }, data: { startDate, goals, contactLeaderName } });
      progress("write", ++done, total);
    }
  },
};
