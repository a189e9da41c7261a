import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { ASSESSMENT_PARTS, formatAdjustment, formatScore, resultDiffers } from "@/domain/assessment";
import { CampaignSelect } from "@/features/campaigns";
import { enumParam, pageRequest, pageSlice, type SearchParams } from "@/lib/list-params";
import type { AssessmentContext } from "../page-context";
import type { AssessmentResult, YearView } from "../results";
import { subjectKey } from "../results";
import { GradeBadge } from "./grade-badge";

const number = "text-right tabular-nums";

export const breakdownHref = (campaignId: number, year: number, r: Pick<AssessmentResult, "subject" | "id">) => `/assessments/${year}/${r.subject}/${r.id}?campaign=${campaignId}`;

/** The campaign's year's ranking of units or villages, their parts, adjustments, grades, and (frozen) what differs now. */
export async function AssessmentOverview({ view, context, params }: { view: YearView; context: AssessmentContext; params: SearchParams }) {
  const { years, campaigns } = context;
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
        <CampaignSelect campaigns={campaigns} value={view.campaignId} />
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
          <DataList
            caption={t("title")}
            rows={shown}
            rowKey={(r) => r.id}
            testId="assessment"
            columns={[
              { header: t("columns.rank"), cell: (r) => r.rank, className: "tabular-nums", card: "none" },
              {
                header: t("columns.name"),
                cell: (r) => (
                  <>
                    <Link href={breakdownHref(view.campaignId, view.year, r)} className="font-medium text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                    <span className="block text-xs text-stone-500">{r.detail}</span>
                  </>
                ),
                cardCell: (r) => (
                  <>
                    <Link href={breakdownHref(view.campaignId, view.year, r)} className="text-brand-700 hover:underline">
                      {r.rank}. {r.name}
                    </Link>
                    <span className="block text-xs font-normal text-stone-500">{r.detail}</span>
                  </>
                ),
                className: "min-w-40",
                card: "title",
              },
              ...ASSESSMENT_PARTS.map((part) => ({
                header: t(`parts.${part}`),
                cell: (r: (typeof shown)[number]) => {
                  const p = r.parts.find((x) => x.part === part);
                  return !p || p.ratio === null ? "—" : formatScore(p.points);
                },
                className: "px-2 text-right tabular-nums text-stone-700",
                numeric: true,
                card: "none" as const,
              })),
              { header: t("columns.computed"), cell: (r) => formatScore(r.computed), className: number, numeric: true },
              { header: t("columns.adjustment"), cell: (r) => (r.adjustment === 0 ? "—" : formatAdjustment(r.adjustment)), className: number, numeric: true },
              { header: t("columns.final"), cell: (r) => formatScore(r.final), className: `${number} font-semibold`, numeric: true },
              { header: t("columns.grade"), cell: (r) => <GradeBadge grade={r.grade} />, card: "badges" },
              ...(view.now
                ? [
                    {
                      header: t("columns.now"),
                      cell: (r: (typeof shown)[number]) => {
                        const current = nowOf(r);
                        return (
                          <>
                            {current ? formatScore(current.final) : "—"}
                            {resultDiffers(r, current) && (
                              <span className="ml-1">
                                <Badge tone="amber">{t("differs")}</Badge>
                              </span>
                            )}
                          </>
                        );
                      },
                      className: `${number} whitespace-nowrap`,
                      numeric: true,
                    },
                  ]
                : []),
            ]}
          />
          <Pagination params={params} page={page} total={rows.length} />
        </>
      )}
    </>
  );
}
