// Units from a sheet: matched by name among the importer's own region's units (a name is unique in a region); a known name is updated when a
// value differs. The form's own schema (UnitInput) checks each row, so a sheet obeys the form's rules.
import { cellText, parseSheetChoice, parseSheetOptionalCount } from "@/domain/sheet-values";
import { searchTextOf } from "@/lib/form-fields";
import { UNIT_KINDS, UnitInput } from "@/features/units";
import { requireOwnRegionId, writableUnits } from "@/server/scope";
import { choicesOf, column, YES_NO, zhLabel } from "../columns";
import { chunks, DuplicateGuard, failZod, type ImportKind, type Plan, requiredHeaders, rowsOf } from "../kind";

type UnitRow = UnitInput & { row: number };
type UnitUpdate = UnitRow & { id: number };

const KINDS = choicesOf(UNIT_KINDS, "units.kinds");

const COLUMNS = [
  column("units", { key: "name", required: true, note: true, example: "市审计局", width: 24 }),
  column("units", { key: "kind", required: true, choices: UNIT_KINDS.map((k) => zhLabel(`units.kinds.${k}`)), example: zhLabel("units.kinds.ORGAN"), width: 12 }),
  column("units", { key: "isWindowService", choices: ["是", "否"], note: true, example: "否", width: 12 }),
  column("units", { key: "partyOrgName", example: "中共铁力市审计局支部", width: 28 }),
  column("units", { key: "secretary", example: "李明", width: 12 }),
  column("units", { key: "phone", example: "0458-1234567", width: 16 }),
  column("units", { key: "memberCount", example: 23, width: 10 }),
];

const FIELDS = ["name", "kind", "isWindowService", "partyOrgName", "secretary", "phone", "memberCount"] as const;

export const unitsImport: ImportKind<UnitRow, UnitUpdate> = {
  name: "units",
  permission: "registry.write",
  required: requiredHeaders(COLUMNS),
  columns: async () => COLUMNS,
  async check(ctx) {
    const existing = new Map((await ctx.db.unit.findMany({ where: writableUnits(ctx.user) })).map((u) => [u.name, u]));
    const plan: Plan<UnitRow, UnitUpdate> = { create: [], update: [], unchanged: 0, rejected: [] };
    const seen = new DuplicateGuard();
    for await (const r of rowsOf(ctx)) {
      const kind = r.take("kind", parseSheetChoice(r.cell("kind"), KINDS));
      const window = r.take("isWindowService", parseSheetChoice(r.cell("isWindowService"), YES_NO, false));
      const memberCount = r.take("memberCount", parseSheetOptionalCount(r.cell("memberCount"), 100_000));
      const parsed = UnitInput.safeParse({
        name: cellText(r.cell("name")),
        kind: kind ?? "ORGAN",
        isWindowService: window === "yes",
        partyOrgName: cellText(r.cell("partyOrgName")),
        secretary: cellText(r.cell("secretary")),
        phone: cellText(r.cell("phone")),
        memberCount: memberCount ?? null,
      });
      if (!parsed.success) failZod(r, parsed.error.issues);
      if (parsed.success) {
        const earlier = seen.check(parsed.data.name, r.sheetRow.row);
        if (earlier !== undefined) r.fail("name", "imports.problems.duplicate", { row: earlier });
      }
      if (r.errors.length > 0 || !parsed.success) {
        plan.rejected.push(r.rejected());
        continue;
      }
      const row = { ...parsed.data, row: r.sheetRow.row };
      const current = existing.get(row.name);
      if (!current) plan.create.push(row);
      else if (FIELDS.some((f) => current[f] !== row[f])) plan.update.push({ ...row, id: current.id });
      else plan.unchanged += 1;
    }
    return plan;
  },
  async apply({ tx, user, plan, importId, progress }) {
    // New units belong to the importing department's own region, like the form's.
    const regionId = requireOwnRegionId(user);
    const data = ({ row: _, ...u }: UnitRow) => ({ ...u, searchText: searchTextOf(u.name, u.partyOrgName, u.secretary) });
    const total = plan.create.length + plan.update.length;
    let done = 0;
    for (const part of chunks(plan.create, 500)) {
      await tx.unit.createMany({ data: part.map((u) => ({ ...data(u), regionId, importId })) });
      progress("write", (done += part.length), total);
    }
    for (const { id, ...u } of plan.update) {
      await tx.unit.update({ where: { id }, data: data(u) });
      progress("write", ++done, total);
    }
  },
};
