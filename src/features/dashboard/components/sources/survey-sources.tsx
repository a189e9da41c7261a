import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { first, type SearchParams, withParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { readDb } from "@/server/read-db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { formatRate } from "@/domain/format";
import { isMonth } from "../../period";
import { surveySources } from "../../queries/sources/survey-sources";
import { surveyRounds } from "../../queries/surveys";
import { nowrapClass, numberClass, pageOf, SourcePage, SourceTable } from "./source-page";

/** The survey rows behind the satisfaction rates: rate = sum of satisfied / sum of respondents. */
export async function SurveySources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const db = await readDb();
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
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("columns.village"),
            cell: (row) => (
              <>
                {row.village.name}
                <span className="block text-xs text-stone-500">{row.village.township.name}</span>
              </>
            ),
            card: "title",
          },
          { header: t("columns.takenOn"), cell: (row) => f.date(row.takenOn), className: nowrapClass, card: "meta" },
          { header: t("columns.respondents"), cell: (row) => f.count(row.respondents), className: numberClass, numeric: true },
          { header: t("columns.satisfiedVillageOrg"), cell: (row) => <CountWithRate count={row.satisfiedVillageOrg} of={row.respondents} f={f} />, className: numberClass, numeric: true },
          { header: t("columns.satisfiedPairing"), cell: (row) => <CountWithRate count={row.satisfiedPairing} of={row.respondents} f={f} />, className: numberClass, numeric: true },
        ]}
        foot={{
          label: t("grandTotal", { count: f.count(count) }),
          cells: [
            ,
            ,
            f.count(sums.respondents),
            t("countWithRate", { count: f.count(sums.satisfiedVillageOrg), rate: formatRate(sums.satisfiedVillageOrg, sums.respondents) }),
            t("countWithRate", { count: f.count(sums.satisfiedPairing), rate: formatRate(sums.satisfiedPairing, sums.respondents) }),
          ],
          testIds: [, , , "survey-total-village-org", "survey-total-pairing"],
        }}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}

function CountWithRate({ count, of, f }: { count: number; of: number; f: { count: (n: number) => string } }) {
  return (
    <>
      {f.count(count)} <span className="text-xs text-stone-500">{formatRate(count, of)}</span>
    </>
  );
}
