import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { pageSlice, type SearchParams } from "@/lib/list-params";
import type { DashboardContext } from "../context";
import { getDayFormat } from "../day-format";
import { DORMANT_DAYS } from "@/domain/idle-days";
import { loadFigure } from "../context";
import { pairHealthFigure, referenceDay } from "../queries/pair-health";
import { healthTable } from "../tables/health-table";
import { readerWords } from "../tables/words";
import { TableView } from "./table-view";
import { pageOf, SourcePage } from "./sources/source-page";

/** Every pairing's health, worst first, a page at a time. */
export async function HealthPage({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const { page, pageSize } = pageOf(params);
  const [t, f, words, rows] = await Promise.all([getTranslations("dashboard.health"), getDayFormat(), readerWords(), loadFigure(pairHealthFigure, context.filter, context.today)]);
  const dormant = rows.filter((r) => r.dormant).length;
  return (
    <SourcePage
      context={context}
      title={t("title")}
      description={t("note", { days: DORMANT_DAYS, day: f.day(referenceDay(context.filter, context.today)) })}
      summary={<span data-testid="source-total">{t("dormantCount", { count: dormant, total: rows.length })}</span>}
    >
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <TableView data={healthTable(pageSlice(rows, { page, size: pageSize }), context.filter, words)} />
          <Pagination params={params} page={page} total={rows.length} />
        </>
      )}
    </SourcePage>
  );
}
