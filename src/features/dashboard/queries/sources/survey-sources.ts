import "server-only";
import type { DbOrTx } from "@/server/db";
import type { DashboardFilter } from "../filter";
import { surveyWhere } from "../record-filters";
import { type Page, paging } from "./shared";

/**
 * The survey rows of one round behind the satisfaction rates, with the sums over all of them
 * (rate = sum satisfied / sum respondents). Optionally one village's rows only.
 */
export async function surveySources(db: DbOrTx, filter: DashboardFilter, round: string, page: Page, villageId?: number) {
  const where = { ...surveyWhere(filter, round), ...(villageId ? { villageId } : {}) };
  const [rows, count, sums] = await Promise.all([
    db.survey.findMany({
      where,
      select: {
        id: true,
        period: true,
        takenOn: true,
        respondents: true,
        satisfiedVillageOrg: true,
        satisfiedPairing: true,
        village: { select: { id: true, name: true, township: { select: { name: true } } } },
      },
      orderBy: [{ village: { township: { sortOrder: "asc" } } }, { villageId: "asc" }],
      ...paging(page),
    }),
    db.survey.count({ where }),
    db.survey.aggregate({ where, _sum: { respondents: true, satisfiedVillageOrg: true, satisfiedPairing: true } }),
  ]);
  return {
    rows,
    count,
    sums: {
      respondents: sums._sum.respondents ?? 0,
      satisfiedVillageOrg: sums._sum.satisfiedVillageOrg ?? 0,
      satisfiedPairing: sums._sum.satisfiedPairing ?? 0,
    },
  };
}
