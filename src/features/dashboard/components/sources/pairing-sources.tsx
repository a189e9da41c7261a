import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { pairingSources } from "../../queries/sources/record-sources";
import { cellClass, pageOf, SourcePage, SourceTable } from "./source-page";

/** The pairings in effect at some time during the period. */
export async function PairingSources({ context, params }: { context: DashboardContext; params: SearchParams }) {
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
        head={[t("columns.unit"), t("columns.village"), t("columns.startDate"), t("columns.endDate"), t("columns.status")]}
        count={count}
        params={params}
        page={page.page}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={cellClass}>
              <Link href={`/pairings/${row.id}`} className="text-brand-700 hover:underline">
                {row.unit.name}
              </Link>
            </td>
            <td className={cellClass}>
              {row.village.name}
              <span className="block text-xs text-stone-500">{row.village.township.name}</span>
            </td>
            <td className={`${cellClass} whitespace-nowrap`}>{f.date(row.startDate)}</td>
            <td className={`${cellClass} whitespace-nowrap`}>{row.endDate ? f.date(row.endDate) : "—"}</td>
            <td className={cellClass}>
              <Badge tone={row.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${row.status}`)}</Badge>
            </td>
          </tr>
        ))}
      </SourceTable>
    </SourcePage>
  );
}
