import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { first, type SearchParams, withParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { db } from "@/server/db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { formatRate } from "@/domain/format";
import { isMonth } from "../../period";
import { surveySources } from "../../queries/sources/survey-sources";
import { surveyRounds } from "../../queries/surveys";
import { cellClass, numberClass, pageOf, SourcePage, SourceTable } from "./source-page";

/** The survey rows behind the satisfaction rates: rate = sum of satisfied / sum of respondents. */
export async function SurveySources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const page = pageOf(params);
  const [t, f, rounds] = await Promise.all([getTranslations("dashboard.sources"), getDayFormat(), surveyRounds(db, context.filter)]);
  const asked = first(params.round);
  const round = isMonth(asked) && rounds.some((r) => r.round === asked) ? asked : rounds.at(-1)?.round;
  const villageId = idParam(params, "village");
  const result = round ? await surveySources(db, context.filter, round, page, villageId) : { rows: [], count: 0, sums: { respondents: 0, satisfiedVillageOrg: 0, satisfiedPairing: 0 } };
  const { rows, count, sums } = result;
  const tabs = rounds.map((r) => (
    <Link
      key={r.round}
      href={`/dashboard/sources/surveys${withParams(params, { round: r.round, page: undefined })}`}
      aria-current={r.round === round ? "true" : undefined}
      className={cn("rounded-full border px-3 py-1 text-sm", r.round === round ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700")}
    >
      {f.month(r.round)}
    </Link>
  ));
  return (
    <SourcePage
      context={context}
      title={t("surveys.title")}
      description={t("surveys.description")}
      actions={tabs.length > 1 ? tabs : undefined}
      summary={
        round ? (
          <span data-testid="source-total">
            {t("surveys.summary", {
              round: f.month(round),
              villages: f.count(count),
              respondents: f.count(sums.respondents),
              villageOrg: f.count(sums.satisfiedVillageOrg),
              villageOrgRate: formatRate(sums.satisfiedVillageOrg, sums.respondents),
              pairing: f.count(sums.satisfiedPairing),
              pairingRate: formatRate(sums.satisfiedPairing, sums.respondents),
            })}
          </span>
        ) : (
          t("surveys.none")
        )
      }
    >
      <SourceTable
        caption={t("surveys.title")}
        head={[t("columns.village"), t("columns.takenOn"), t("columns.respondents"), t("columns.satisfiedVillageOrg"), t("columns.satisfiedPairing")]}
        count={count}
        params={params}
        page={page.page}
        foot={
          <tr>
            <th scope="row" colSpan={2} className="px-3 py-2 text-left">
              {t("grandTotal", { count: f.count(count) })}
            </th>
            <td className={numberClass}>{f.count(sums.respondents)}</td>
            <td className={numberClass} data-testid="survey-total-village-org">
              {t("countWithRate", { count: f.count(sums.satisfiedVillageOrg), rate: formatRate(sums.satisfiedVillageOrg, sums.respondents) })}
            </td>
            <td className={numberClass} data-testid="survey-total-pairing">
              {t("countWithRate", { count: f.count(sums.satisfiedPairing), rate: formatRate(sums.satisfiedPairing, sums.respondents) })}
            </td>
          </tr>
        }
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={cellClass}>
              {row.village.name}
              <span className="block text-xs text-stone-500">{row.village.township.name}</span>
            </td>
            <td className={`${cellClass} whitespace-nowrap`}>{f.date(row.takenOn)}</td>
            <td className={numberClass}>{f.count(row.respondents)}</td>
            <td className={numberClass}>
              {f.count(row.satisfiedVillageOrg)} <span className="text-xs text-stone-500">{formatRate(row.satisfiedVillageOrg, row.respondents)}</span>
            </td>
            <td className={numberClass}>
              {f.count(row.satisfiedPairing)} <span className="text-xs text-stone-500">{formatRate(row.satisfiedPairing, row.respondents)}</span>
            </td>
          </tr>
        ))}
      </SourceTable>
    </SourcePage>
  );
}
