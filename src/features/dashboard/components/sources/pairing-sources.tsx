import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SearchParams } from "@/lib/list-params";
import { readDb } from "@/server/read-db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { pairingSources } from "../../queries/sources/record-sources";
import { nowrapClass, pageOf, SourcePage, SourceTable } from "./source-page";

/** The pairings in effect at some time during the period. */
export async function PairingSources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const db = await readDb();
  const page = pageOf(params);
  const [t, tc, f, { rows, count }] = await Promise.all([getTranslations("dashboard.sources"), getTranslations("common"), getDayFormat(), pairingSources(db, context.filter, page)]);
  return (
    <SourcePage
      context={context}
      title={t("pairings.title")}
      description={t("pairings.description")}
      summary={
        <>
          {t("pairings.summary")}{" "}
          <strong className="text-lg text-brand-700 tabular-nums" data-testid="source-total">
            {f.count(count)}
          </strong>{" "}
          {t("pairings.unit")}
        </>
      }
    >
      <SourceTable
        caption={t("pairings.title")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("columns.unit"),
            cell: (row) => (
              <Link href={`/pairings/${row.id}`} className="text-brand-700 hover:underline">
                {row.unit.name}
              </Link>
            ),
            card: "title",
          },
          {
            header: t("columns.village"),
            cell: (row) => (
              <>
                {row.village.name}
                <span className="block text-xs text-stone-500">{row.village.township.name}</span>
              </>
            ),
          },
          { header: t("columns.startDate"), cell: (row) => f.date(row.startDate), className: nowrapClass },
          { header: t("columns.endDate"), cell: (row) => (row.endDate ? f.date(row.endDate) : "—"), className: nowrapClass },
          { header: t("columns.status"), cell: (row) => <Badge tone={row.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${row.status}`)}</Badge>, card: "badges" },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}
