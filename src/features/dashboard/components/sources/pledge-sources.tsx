import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { enumParam, type SearchParams, withParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { pledgeSources } from "../../queries/sources/record-sources";
import { cellClass, pageOf, PairingCell, SourcePage, SourceTable } from "./source-page";

const STATUS_TONES = { PROMISED: "neutral", IN_PROGRESS: "sky", FULFILLED: "green" } as const;

/** The pledges due in the period (231 on the demo), or only the fulfilled ones (182). */
export async function PledgeSources({ context, params }: { context: DashboardContext; params: SearchParams }) {
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
        head={[t("columns.dueDate"), t("columns.pledger"), t("columns.content"), t("columns.pairing"), t("columns.status"), t("columns.fulfilledAt")]}
        count={count}
        params={params}
        page={page.page}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={`${cellClass} whitespace-nowrap`}>{f.date(row.dueDate)}</td>
            <td className={`${cellClass} min-w-28`}>{row.pledgerName}</td>
            <td className={`${cellClass} min-w-56`}>
              <Link href={`/pledges/${row.id}`} className="text-brand-700 hover:underline">
                {row.content}
              </Link>
            </td>
            <PairingCell pairing={row.pairing} />
            <td className={cellClass}>
              <Badge tone={STATUS_TONES[row.status]}>{t(`pledgeStatus.${row.status}`)}</Badge>
            </td>
            <td className={`${cellClass} whitespace-nowrap`}>{row.fulfilledAt ? f.date(row.fulfilledAt) : "—"}</td>
          </tr>
        ))}
      </SourceTable>
    </SourcePage>
  );
}
