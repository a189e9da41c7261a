import { getFormatter, getTranslations } from "next-intl/server";
import { pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import Link from "next/link";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { pageRequest, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { listInspections } from "../queries-inspections";

const nowrap = "whitespace-nowrap";

export async function InspectionsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const { page, size } = pageRequest(params);
  const { rows, total } = await listInspections(db, pairingScope(user), { page, size });
  if (total === 0) return <EmptyState title={t("inspections.empty")} />;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <>
      <DataList
        caption={t("tabs.inspections")}
        rows={rows}
        rowKey={(row) => row.id}
        testId="inspection"
        columns={[
          {
            header: t("fields.date"),
            cell: (row) => (
              <Link href={`/supervision/inspections/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {date(row.date)}
              </Link>
            ),
            cardCell: (row) => (
              <Link href={`/supervision/inspections/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {date(row.date)} · {t(`kinds.${row.kind}`)}
              </Link>
            ),
            className: nowrap,
            card: "title",
          },
          { header: t("fields.kind"), cell: (row) => t(`kinds.${row.kind}`), className: nowrap, card: "none" },
          { header: t("fields.inspectors"), cell: (row) => row.inspectors, className: "min-w-28" },
          { header: t("fields.findings"), cell: (row) => <span className="line-clamp-2">{row.findings || "—"}</span>, className: "min-w-64", card: "meta" },
          { header: t("fields.pairings"), cell: (row) => row._count.pairings, className: `${nowrap} tabular-nums` },
          { header: t("inspections.itemsTitle"), cell: (row) => t("inspections.items", { open: row.openItems, total: row._count.rectifications }), className: nowrap },
        ]}
      />
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
