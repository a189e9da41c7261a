import { getFormatter, getTranslations } from "next-intl/server";
import { pairingScope } from "@/domain/visibility";
import type { CurrentUser } from "@/server/current-user";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { todayInShanghai } from "@/domain/days";
import { pageRequest, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import { defaultVisitPeriod, leaderSummaries, listVisits, visitFiltersOf } from "../queries-visits";

/** Per leader, for the chosen period: contact points, target against visits made, last visit, points not visited; then the visits. */
export async function VisitsView({ params, user }: { params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const fallback = await defaultVisitPeriod(db, todayInShanghai());
  const filters = visitFiltersOf(params, fallback);
  const { period, leader } = filters;
  const { page, size } = pageRequest(params);
  const [summaries, { rows, total }] = await Promise.all([leaderSummaries(db, period, pairingScope(user)), listVisits(db, filters, pairingScope(user), { page, size })]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });

  return (
    <div className="space-y-6">
      <FilterBar resetHref="/supervision/visits">
        <TextField label={t("fields.from")} name="from" type="date" defaultValue={period.from} className="w-full sm:w-40" />
        <TextField label={t("fields.to")} name="to" type="date" defaultValue={period.to} className="w-full sm:w-40" />
        <FilterSelect label={t("fields.leader")} name="leader" value={leader} options={summaries.map((s) => ({ value: s.leader, label: s.leader }))} className="w-full sm:w-64" />
      </FilterBar>

      <section aria-labelledby="leader-summaries">
        <h2 id="leader-summaries" className="mb-2 font-semibold">
          {t("visits.summaryTitle")}
        </h2>
        {summaries.length === 0 ? (
          <EmptyState title={t("visits.emptySummary")} />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2" data-testid="leader-summaries">
            {summaries.map((s) => (
              <li key={s.leader} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="leader-summary">
                <h3 className="font-medium">{s.leader}</h3>
                <dl className="mt-2 grid grid-cols-4 gap-2 text-center">
                  {(
                    [
                      [t("visits.contactPoints"), s.contactPoints.length],
                      [t("visits.target"), s.target],
                      [t("visits.made"), s.made],
                    ] as const
                  ).map(([label, value]) => (
                    <div key={label} className="rounded bg-stone-50 p-1.5">
                      <dt className="text-xs text-stone-500">{label}</dt>
                      <dd className={`text-lg font-semibold tabular-nums ${label === t("visits.made") && s.made < s.target ? "text-amber-700" : "text-stone-900"}`}>{value}</dd>
                    </div>
                  ))}
                  <div className="rounded bg-stone-50 p-1.5">
                    <dt className="text-xs text-stone-500">{t("visits.lastVisit")}</dt>
                    <dd className="text-xs font-medium">{s.lastVisit ? date(s.lastVisit) : t("visits.never")}</dd>
                  </div>
                </dl>
                <details className="mt-2 text-sm" open={s.neverVisited.length > 0}>
                  <summary className="cursor-pointer text-brand-700">
                    {s.neverVisited.length > 0 ? `${t("visits.neverVisited")}（${s.neverVisited.length}）` : t("visits.allVisited")}
                  </summary>
                  <ul className="mt-1 space-y-0.5">
                    {(s.neverVisited.length > 0 ? s.neverVisited : s.contactPoints).map((c) => (
                      <li key={c.pairingId} className="flex justify-between gap-2">
                        <Link href={`/pairings/${c.pairingId}`} className="text-brand-700 hover:underline">
                          {c.label}
                        </Link>
                        <span className="shrink-0 text-xs text-stone-500">{c.visits > 0 ? t("visits.times", { count: c.visits }) : t("visits.never")}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="visit-list">
        <h2 id="visit-list" className="mb-2 font-semibold">
          {t("visits.listTitle")}
        </h2>
        {rows.length === 0 ? (
          <EmptyState title={t("visits.empty")} />
        ) : (
          <Table
            caption={t("visits.listTitle")}
            head={
              <>
                <Th>{t("fields.visitDate")}</Th>
                <Th>{t("fields.leader")}</Th>
                <Th>{t("fields.pairing")}</Th>
                <Th>{t("fields.notes")}</Th>
              </>
            }
          >
            {rows.map((v) => (
              <tr key={v.id} data-testid="visit-row">
                <Td className="px-3 py-2 align-top whitespace-nowrap">{date(v.date)}</Td>
                <Td className="px-3 py-2 align-top min-w-32">{v.leaderName}</Td>
                <Td className="px-3 py-2 align-top min-w-40">
                  <Link href={`/pairings/${v.pairing.id}`} className="text-brand-700 hover:underline">
                    {v.pairing.unit.name}
                  </Link>
                  <span className="block text-xs text-stone-500">
                    {v.pairing.village.township.name}
                    {v.pairing.village.name}
                  </span>
                </Td>
                <Td className="px-3 py-2 align-top min-w-64">{v.notes || "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination params={params} page={page} total={total} />
      </section>
    </div>
  );
}
