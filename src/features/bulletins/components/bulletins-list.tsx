import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { first, pageRequest, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { listBulletins } from "../queries";

/** Bulletins by period, newest first; leaders see the published ones. */
export async function BulletinsList({ params, user, years }: { params: SearchParams; user: CurrentUser; years: number[] }) {
  const t = await getTranslations("bulletins");
  const format = await getFormatter();
  const asked = Number(first(params.year));
  const year = years.includes(asked) ? asked : undefined;
  const { page, size } = pageRequest(params);
  const { rows, total } = await listBulletins(db, user, { year, page, size });
  const period = (r: { periodStart: Date; periodEnd: Date }) => format.dateTimeRange(r.periodStart, r.periodEnd, { dateStyle: "long" });
  const label = (r: { number: number | null; status: "DRAFT" | "PUBLISHED" }) =>
    r.number ? t("numberLabel", { number: r.number }) : <Badge tone="amber">{t("status.DRAFT")}</Badge>;

  return (
    <>
      <FilterBar resetHref="/bulletins">
        <SelectField label={t("year")} name="year" defaultValue={year ? String(year) : ""} className="w-full sm:w-32">
          <option value="">—</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={can(user.role, "bulletins.write") ? t("empty") : t("emptyLeader")} />
      ) : (
        <>
          <ul className="space-y-2 sm:hidden" data-testid="bulletin-cards">
            {rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="text-xs text-stone-500">
                  {label(r)} · {period(r)}
                </p>
                <Link href={`/bulletins/${r.id}`} className="mt-1 block font-medium text-brand-700 hover:underline">
                  {r.title}
                </Link>
                <p className="text-xs text-stone-500">
                  {r.township?.name ?? t("wholeCity")}
                  {r.publishedAt && ` · ${t("columns.publishedAt")} ${format.dateTime(r.publishedAt, { dateStyle: "long" })}`}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table
              caption={t("title")}
              head={
                <>
                  <Th>{t("columns.number")}</Th>
                  <Th>{t("columns.title")}</Th>
                  <Th>{t("columns.period")}</Th>
                  <Th>{t("columns.township")}</Th>
                  <Th>{t("columns.publishedAt")}</Th>
                </>
              }
            >
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-stone-50" data-testid="bulletin-row">
                  <Td className="px-3 py-2 whitespace-nowrap">{label(r)}</Td>
                  <Td className="px-3 py-2 min-w-60">
                    <Link href={`/bulletins/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      {r.title}
                    </Link>
                  </Td>
                  <Td className="px-3 py-2 whitespace-nowrap">{period(r)}</Td>
                  <Td className="px-3 py-2 whitespace-nowrap">{r.township?.name ?? t("wholeCity")}</Td>
                  <Td className="px-3 py-2 whitespace-nowrap">{r.publishedAt ? format.dateTime(r.publishedAt, { dateStyle: "long" }) : "—"}</Td>
                </tr>
              ))}
            </Table>
          </div>
        </>
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
