import { getFormatter, getTranslations } from "next-intl/server";
import { pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { pageRequest, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { listInspections } from "../queries-inspections";

export async function InspectionsList({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const { page, size } = pageRequest(params);
  const { rows, total } = await listInspections(db, pairingScope(user), { page, size });
  if (total === 0) return <EmptyState title={t("inspections.empty")} />;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <>
      <ul className="space-y-2 sm:hidden" data-testid="inspection-cards">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-stone-200 bg-white p-3">
            <Link href={`/supervision/inspections/${row.id}`} className="font-medium text-brand-700 hover:underline">
              {date(row.date)} · {t(`kinds.${row.kind}`)}
            </Link>
            <p className="mt-1 line-clamp-2 text-sm text-stone-700">{row.findings}</p>
            <p className="mt-1 text-xs text-stone-500">
              {row.inspectors} · {t("inspections.covered", { count: row._count.pairings })} · {t("inspections.items", { open: row.openItems, total: row._count.rectifications })}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table
          caption={t("tabs.inspections")}
          head={
            <>
              <Th>{t("fields.date")}</Th>
              <Th>{t("fields.kind")}</Th>
              <Th>{t("fields.inspectors")}</Th>
              <Th>{t("fields.findings")}</Th>
              <Th>{t("fields.pairings")}</Th>
              <Th>{t("inspections.itemsTitle")}</Th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-stone-50">
              <Td className="px-3 py-2 align-top whitespace-nowrap">
                <Link href={`/supervision/inspections/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  {date(row.date)}
                </Link>
              </Td>
              <Td className="px-3 py-2 align-top whitespace-nowrap">{t(`kinds.${row.kind}`)}</Td>
              <Td className="px-3 py-2 align-top min-w-28">{row.inspectors}</Td>
              <Td className="px-3 py-2 align-top min-w-64">
                <span className="line-clamp-2">{row.findings || "—"}</span>
              </Td>
              <Td className="px-3 py-2 align-top whitespace-nowrap tabular-nums">{row._count.pairings}</Td>
              <Td className="px-3 py-2 align-top whitespace-nowrap">{t("inspections.items", { open: row.openItems, total: row._count.rectifications })}</Td>
            </tr>
          ))}
        </Table>
      </div>
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
