import { getFormatter, getTranslations } from "next-intl/server";
import { townshipsInScope, villagesInScope } from "@/domain/visibility";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { formatPercent } from "@/domain/format";
import { idParam } from "@/domain/ids";
import { pageRequest, pageSlice, type SearchParams } from "@/lib/list-params";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { can } from "@/server/permissions";
import { writesRegion } from "@/server/scope";
import { surveyRound } from "../queries";

/** One round: overall rates, each township (with entry progress and a way into its table), each village. */
export async function RoundView({ round, params, user }: { round: string; params: SearchParams; user: CurrentUser }) {
  const t = await getTranslations("surveys");
  const format = await getFormatter();
  const { overall, byTownship, villages } = await surveyRound(db, round, townshipsInScope(user), villagesInScope(user));
  const townshipId = idParam(params, "township");
  const shown = villages.filter((v) => !townshipId || v.townshipId === townshipId);
  const { page, size } = pageRequest(params);
  const pageRows = pageSlice(shown, { page, size });
  const writes = can(user.role, "surveys.write");
  const right = "px-3 py-2 text-right font-medium whitespace-nowrap";
  const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

  return (
    <div className="space-y-6">
      <section className="grid gap-3 sm:grid-cols-3" aria-label={t("round.overall")} data-testid="round-overall">
        {(
          [
            [t("fields.respondents"), overall.respondents.toLocaleString("zh-CN")],
            [t("rounds.orgRate"), formatPercent(overall.orgRate)],
            [t("rounds.pairingRate"), formatPercent(overall.pairingRate)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-600">{label}</p>
            <p className="mt-1 text-2xl font-semibold text-brand-700 tabular-nums">{value}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="by-township">
        <h2 id="by-township" className="mb-2 font-semibold">
          {t("round.byTownship")}
        </h2>
        <Table
          caption={t("round.byTownship")}
          head={
            <>
              <Th>{t("fields.township")}</Th>
              <Th className={right}>{t("fields.entered")}</Th>
              <Th className={right}>{t("fields.respondents")}</Th>
              <Th className={right}>{t("fields.orgRate")}</Th>
              <Th className={right}>{t("fields.pairingRate")}</Th>
              {writes && <Th />}
            </>
          }
        >
          {byTownship.map((row) => (
            <tr key={row.townshipId} className="hover:bg-stone-50" data-testid="township-row">
              <Td className="px-3 py-2 whitespace-nowrap">
                <Link href={`/surveys/${round}?township=${row.townshipId}`} className="text-brand-700 hover:underline">
                  {row.name}
                </Link>
              </Td>
              <Td className={num}>{t("round.entered", { surveyed: row.surveyed, villages: row.villages })}</Td>
              <Td className={num}>{row.respondents.toLocaleString("zh-CN")}</Td>
              <Td className={num}>{formatPercent(row.orgRate)}</Td>
              <Td className={num}>{formatPercent(row.pairingRate)}</Td>
              {writes && (
                <Td className="px-3 py-2 text-right whitespace-nowrap">
                  {/* Entered by the township's own department only (the server's rule); a prefecture reads. */}
                  {writesRegion(user, row.regionId) && <Link href={`/surveys/${round}/townships/${row.townshipId}`} className="text-brand-700 hover:underline">
                    {row.surveyed > 0 ? t("round.edit") : t("round.enter")}
                  </Link>}
                </Td>
              )}
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="by-village">
        <h2 id="by-village" className="mb-2 font-semibold">
          {t("round.byVillage")}
        </h2>
        <FilterBar resetHref={`/surveys/${round}`}>
          <FilterSelect label={t("fields.township")} name="township" value={townshipId} options={byTownship.map((x) => ({ value: x.townshipId, label: x.name }))} className="w-full sm:w-40" />
        </FilterBar>
        {shown.length === 0 ? (
          <EmptyState title={t("round.noVillages")} />
        ) : (
          <Table
            caption={t("round.byVillage")}
            head={
              <>
                <Th>{t("fields.village")}</Th>
                <Th>{t("fields.takenOn")}</Th>
                <Th className={right}>{t("fields.respondents")}</Th>
                <Th className={right}>{t("fields.satisfiedVillageOrg")}</Th>
                <Th className={right}>{t("fields.orgRate")}</Th>
                <Th className={right}>{t("fields.satisfiedPairing")}</Th>
                <Th className={right}>{t("fields.pairingRate")}</Th>
              </>
            }
          >
            {pageRows.map((v) => (
              <tr key={v.villageId} data-testid="village-row">
                <Td className="px-3 py-2 whitespace-nowrap">
                  {v.townshipName}
                  {v.name}
                </Td>
                <Td className="px-3 py-2 whitespace-nowrap">{format.dateTime(v.takenOn, { dateStyle: "long" })}</Td>
                <Td className={num}>{v.respondents}</Td>
                <Td className={num}>{v.satisfiedVillageOrg}</Td>
                <Td className={num}>{formatPercent(v.orgRate)}</Td>
                <Td className={num}>{v.satisfiedPairing}</Td>
                <Td className={num}>{formatPercent(v.pairingRate)}</Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination params={params} page={page} total={shown.length} />
      </section>
    </div>
  );
}
