// Villages from a sheet: matched by township and village name (unique together); the township
// must exist. The form's schema (VillageInput) checks each row.
import { cellText, parseSheetDecimal, parseSheetOptionalCount } from "@/domain/sheet-values";
import { recheckSettingsWarnings } from "@/features/evidence";
import { VillageInput, villageSearchText } from "@/features/villages";
import { column, withTownshipChoices } from "../columns";
import { writableTownships, writableVillages } from "@/server/scope";
import { chunks, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";

type VillageRow = VillageInput & { row: number; townshipName: string };
type VillageUpdate = VillageRow & { id: number; moved: boolean };

const COLUMNS = [
  column("villages", { key: "township", required: true, note: true, example: "铁力镇", width: 14 }),
  column("villages", { key: "name", required: true, example: "满天红村", width: 16 }),
  column("villages", { key: "secretary", example: "王立新", width: 12 }),
  column("villages", { key: "households", example: 420, width: 10 }),
  column("villages", { key: "population", example: 1350, width: 10 }),
  column("villages", { key: "memberCount", example: 38, width: 10 }),
  column("villages", { key: "poorHouseholds", example: 12, width: 10 }),
  column("villages", { key: "latitude", note: true, example: 46.98, width: 10 }),
  column("villages", { key: "longitude", note: true, example: 128.03, width: 10 }),
];

const FIELDS = ["secretary", "households", "population", "memberCount", "poorHouseholds", "latitude", "longitude"] as const;

export const villagesImport: ImportKind<VillageRow, VillageUpdate> = {
  name: "villages",
  permission: "registry.write",
  required: requiredHeaders(COLUMNS),
  columns: (db) => withTownshipChoices(db, COLUMNS),
  async check(ctx) {
    const townships = new Map((await ctx.db.township.findMany({ where: writableTownships(ctx.user) })).map((t) => [t.name, t]));
    const existing = new Map((await ctx.db.village.findMany({ where: writableVillages(ctx.user) })).map((v) => [`${v.townshipId}:${v.name}`, v]));
    const plan: Plan<VillageRow, VillageUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const townshipName = cellText(r.cell("township"));
      const township = townships.get(townshipName);
      if (!townshipName) r.fail("township", "imports.problems.required");
      else if (!township) r.fail("township", "imports.problems.unknownTownship", { name: townshipName });
      const count = (key: string, max: number) => r.take(key, parseSheetOptionalCount(r.cell(key), max)) ?? null;
      const parsed = VillageInput.safeParse({
        name: cellText(r.cell("name")),
        // An unknown or blank township is reported above, once.
        townshipId: township?.id ?? 1,
        secretary: cellText(r.cell("secretary")),
        households: count("households", 100_000),
        population: count("population", 1_000_000),
        memberCount: count("memberCount", 100_000),
        poorHouseholds: count("poorHouseholds", 100_000),
        latitude: r.take("latitude", parseSheetDecimal(r.cell("latitude"), 90)),
        longitude: r.take("longitude", parseSheetDecimal(r.cell("longitude"), 180)),
      });
      if (!parsed.success) failZod(r, parsed.error.issues, { townshipId: "township" });
      if (parsed.success && township) {
        const earlier = seen.check(`${township.id}:${parsed.data.name}`, r.sheetRow.row);
        if (earlier !== undefined) r.fail("name", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success || !township) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const row = { ...parsed.data, row: r.sheetRow.row, townshipName };
      const current = existing.get(`${township.id}:${row.name}`);
      if (!current) plan.create.push(row);
      else if (FIELDS.some((f) => current[f] !== row[f])) {
        plan.update.push({ ...row, id: current.id, moved: current.latitude !== row.latitude || current.longitude !== row.longitude });
      } else plan.unchanged += 1;
    }
    return plan;
  },
  async apply({ tx, plan, importId, progress }) {
    const data = ({ row: _, townshipName, ...v }: VillageRow) => ({ ...v, searchText: villageSearchText(v.name, townshipName, v.secretary) });
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, 500)) {
      await tx.village.createMany({ data: part.map((v) => ({ ...data(v), importId })) });
      progress("write", (done += part.length), total);
    }
    for (const { id, moved, ...v } of plan.update) {
      await tx.village.update({ where: { id }, data: data(v) });
      // Where its photos were taken is judged against the village's position (as the form does).
      if (moved) await recheckSettingsWarnings(tx, { pairing: { villageId: id } });
      progress("write", ++done, total);
    }
  },
};
