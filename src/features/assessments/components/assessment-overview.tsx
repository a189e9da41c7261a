import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { ASSESSMENT_PARTS, formatAdjustment, formatScore, resultDiffers } from "@/domain/assessment";
import { enumParam, pageRequest, pageSlice, type SearchParams } from "@/lib/list-params";
import type { AssessmentResult, YearView } from "../results";
import { subjectKey } from "../results";
import { GradeBadge } from "./grade-badge";

export const breakdownHref = (year: number, r: Pick<AssessmentResult, "subject" | "id">) => `/assessments/${year}/${r.subject}/${r.id}`;

/** The year's ranking of units or villages, their parts, adjustments, grades, and (frozen) what differs now. */
export async function AssessmentOverview({ view, years, params }: { view: YearView; years: number[]; params: SearchParams }) {
  const t = await getTranslations("assessments");
  const format = await getFormatter();
  const subject = enumParam(params, "subject", ["unit", "village"]) ?? "unit";
  const rows = subject === "unit" ? view.results.units : view.results.villages;
  const now = new Map((view.now ? [...view.now.units, ...view.now.villages] : []).map((r) => [subjectKey(r.subject, r.id), r]));
  const nowOf = (r: AssessmentResult) => now.get(subjectKey(r.subject, r.id));
  const differing = view.now ? [...view.results.units, ...view.results.villages].filter((r) => resultDiffers(r, nowOf(r))).length : 0;
  const { page, size } = pageRequest(params);
  const shown = pageSlice(rows, { page, size });
  const s = view.settings;
  const w = s.weights;

  return (
    <>
      <FilterBar resetHref="/assessments">
        <SelectField label={t("year")} name="year" defaultValue={String(view.year)} className="w-full sm:w-32">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("subjectLabel")} name="subject" defaultValue={subject} className="w-full sm:w-36">
          <option value="unit">{t("subjects.unit")}</option>
          <option value="village">{t("subjects.village")}</option>
        </SelectField>
      </FilterBar>
      <div className="mb-4 space-y-2">
        {view.frozen ? (
          <Alert tone="info">
            <p data-testid="frozen-note">{t("frozen", { year: view.year, date: format.dateTime(view.frozen.frozenAt, { dateStyle: "long" }), name: view.frozen.frozenByName })}</p>
            <p className="mt-1 font-medium" data-testid="differs-note">{differing > 0 ? t("differsCount", { count: differing }) : t("noneDiffers")}</p>
          </Alert>
        ) : (
          <p className="text-sm text-stone-600">{t("live", { year: view.year })}</p>
        )}
        <p className="text-xs text-stone-500">
          {t("settingsSummary", { ...w, excellent: s.excellentFrom, good: s.goodFrom, fair: s.fairFrom })}
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={t("empty", { year: view.year })} />
      ) : (
        <>
          <ul className="space-y-2 sm:hidden" data-testid="assessment-cards">
            {shown.map((r) => (
              <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-3">
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={breakdownHref(view.year, r)} className="font-medium text-brand-700 hover:underline">
                    {r.rank}. {r.name}
                  </Link>
                  <span className="text-lg font-semibold tabular-nums">{formatScore(r.final)}</span>
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-stone-500">
                  {r.detail} · {t("columns.computed")} {formatScore(r.computed)}
                  {r.adjustment !== 0 && <> · {t("columns.adjustment")} {formatAdjustment(r.adjustment)}</>}
                  <GradeBadge grade={r.grade} />
                  {view.now && resultDiffers(r, nowOf(r)) && <Badge tone="amber">{t("differs")}</Badge>}
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block" data-testid="assessment-table">
            <Table
              caption={t("title")}
              head={
                <>
                  <Th>{t("columns.rank")}</Th>
                  <Th>{t("columns.name")}</Th>
                  {ASSESSMENT_PARTS.map((p) => (
                    <Th key={p} className="px-2 py-2 text-right text-xs font-medium">
                      {t(`parts.${p}`)}
                    </Th>
                  ))}
                  <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("columns.computed")}</Th>
                  <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("columns.adjustment")}</Th>
                  <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("columns.final")}</Th>
                  <Th>{t("columns.grade")}</Th>
                  {view.now && <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("columns.now")}</Th>}
                </>
              }
            >
              {shown.map((r) => {
                const current = nowOf(r);
                return (
                  <tr key={r.id} className="hover:bg-stone-50" data-testid="assessment-row">
                    <Td className="px-3 py-2 tabular-nums">{r.rank}</Td>
                    <Td className="px-3 py-2 min-w-40">
                      <Link href={breakdownHref(view.year, r)} className="font-medium text-brand-700 hover:underline">
                        {r.name}
                      </Link>
                      <span className="block text-xs text-stone-500">{r.detail}</span>
                    </Td>
                    {r.parts.map((p) => (
                      <Td key={p.part} className="px-2 py-2 text-right tabular-nums text-stone-700">
                        {p.ratio === null ? "—" : formatScore(p.points)}
                      </Td>
                    ))}
                    <Td className="px-3 py-2 text-right tabular-nums">{formatScore(r.computed)}</Td>
                    <Td className="px-3 py-2 text-right tabular-nums">{r.adjustment === 0 ? "—" : formatAdjustment(r.adjustment)}</Td>
                    <Td className="px-3 py-2 text-right font-semibold tabular-nums">{formatScore(r.final)}</Td>
                    <Td className="px-3 py-2">
                      <GradeBadge grade={r.grade} />
                    </Td>
                    {view.now && (
                      <Td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                        {current ? formatScore(current.final) : "—"}
                        {resultDiffers(r, current) && (
                          <span className="ml-1">
                            <Badge tone="amber">{t("differs")}</Badge>
                          </span>
                        )}
                      </Td>
                    )}
                  </tr>
                );
              })}
            </Table>
          </div>
          <Pagination params={params} page={page} total={rows.length} />
        </>
      )}
    </>
  );
}
