import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { enumParam, type SearchParams, withParams } from "@/lib/list-params";
import { readDb } from "@/server/read-db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { pledgeSources } from "../../queries/sources/record-sources";
import { nowrapClass, pageOf, pairingColumn, SourcePage, SourceTable } from "./source-page";

const STATUS_TONES = { PROMISED: "neutral", IN_PROGRESS: "sky", FULFILLED: "green" } as const;

/** The pledges due in the period (231 on the demo), or only the fulfilled ones (182). */
export async function PledgeSources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const db = await readDb();
  const status = enumParam(params, "status", ["all", "fulfilled"]) ?? "all";
  const page = pageOf(params);
  const [t, f, { rows, count }] = await Promise.all([getTranslations("dashboard.sources"), getDayFormat(), pledgeSources(db, context.filter, status, page)]);
  const title = status === "fulfilled" ? t("pledges.fulfilledTitle") : t("pledges.title");
  const tabs = (["all", "fulfilled"] as const).map((s) => (
    <Link
      key={s}
      href={`/dashboard/sources/pledges${withParams(params, { status: s, page: undefined })}`}
      aria-current={status === s ? "true" : undefined}
      className={cn("rounded-full border px-3 py-1 text-sm", status === s ? "border-brand-600 bg-brand-50 text-brand-700" : "border-stone-300 bg-white text-stone-700")}
    >
      {t(`pledges.tab.${s}`)}
    </Link>
  ));
  return (
    <SourcePage
      context={context}
      title={title}
      description={t("pledges.description")}
      actions={tabs}
      summary={
        <>
          {t("pledges.summary")}{" "}
          <strong className="text-lg text-brand-700 tabular-nums" data-testid="source-total">
            {f.count(count)}
          </strong>{" "}
          {t("pledges.unit")}
        </>
      }
    >
      <SourceTable
        caption={title}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.dueDate"), cell: (row) => f.date(row.dueDate), className: nowrapClass },
          { header: t("columns.pledger"), cell: (row) => row.pledgerName, className: "min-w-28" },
          {
            header: t("columns.content"),
            cell: (row) => (
              <Link href={`/pledges/${row.id}`} className="text-brand-700 hover:underline">
                {row.content}
              </Link>
            ),
            className: "min-w-56",
            card: "title",
          },
          pairingColumn(t("columns.pairing"), (row: (typeof rows)[number]) => row.pairing),
          { header: t("columns.status"), cell: (row) => <Badge tone={STATUS_TONES[row.status]}>{t(`pledgeStatus.${row.status}`)}</Badge>, card: "badges" },
          { header: t("columns.fulfilledAt"), cell: (row) => (row.fulfilledAt ? f.date(row.fulfilledAt) : "—"), className: nowrapClass },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}
