import "server-only";
// Activities, one column per indicator of the catalogue; they import back unchanged.
import { activityCampaign, activityListQuery, activityOrderBy, activityWhere } from "@/features/activities";
import type { ExportColumn } from "../sheet-writer";
import { batches, col, day, h, type ListExport, sheetOf, zh } from "./define";

export const activitiesExport: ListExport = {
  permission: "activities.read",
  title: zh("activities.title"),
  async sheet(db, user, params) {
    // The page's campaign (its default the current one), so the file holds what the list shows.
    const query = { ...activityListQuery(params), campaignId: (await activityCampaign(db, user, params)).campaignId };
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
      return sheetOf(zh("activities.title"), columns, rows);
    },
  };
