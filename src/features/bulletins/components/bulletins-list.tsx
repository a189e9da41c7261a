import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { first, pageRequest, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { listBulletins } from "../queries";

const nowrap = "whitespace-nowrap";

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
        <DataList
          caption={t("title")}
          rows={rows}
          rowKey={(r) => r.id}
          testId="bulletin"
          columns={[
            { header: t("columns.number"), cell: label, className: nowrap, card: "meta" },
            {
              header: t("columns.title"),
              cell: (r) => (
                <Link href={`/bulletins/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.title}
                </Link>
              ),
              className: "min-w-60",
              card: "title",
            },
            { header: t("columns.campaign"), cell: (r) => r.campaign.name, className: nowrap, card: "meta" },
            { header: t("columns.period"), cell: period, className: nowrap },
            { header: t("columns.township"), cell: (r) => r.township?.name ?? t("wholeCity"), className: nowrap },
            { header: t("columns.publishedAt"), cell: (r) => (r.publishedAt ? format.dateTime(r.publishedAt, { dateStyle: "long" }) : "—"), className: nowrap },
          ]}
        />
      )}
      <Pagination params={params} page={page} total={total} />
    </>
  );
}
