import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatAmount, formatCount, formatRate, indicatorLabel, indicatorUnit } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { outcomesExportHref, sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { outcomesFigure } from "../queries/outcomes";
import { FigureLink } from "./figure-link";
import { Section } from "./section";

type Row = { key: string; label: string; figure: ReactNode };

/** The outcome table of the source report, grouped as the report groups it. */
export async function OutcomeTable({ filter }: { filter: DashboardFilter }) {
  const [t, locale, f, table, te] = await Promise.all([getTranslations("dashboard.outcomes"), getLocale(), getDayFormat(), loadFigure(outcomesFigure, filter), getTranslations("exports")]);
  const unit = (text: string) => <span className="ml-1 text-xs font-normal text-stone-500">{text}</span>;

  const indicatorRows = (group: string): Row[] =>
    (table.groups.find((g) => g.group === group)?.indicators ?? []).map((i) => {
      const figure = formatAmount(i.total, indicatorUnit(i, locale), i.isMoney, locale);
      return {
        key: i.code,
        label: indicatorLabel(i, locale),
        figure: (
          <>
            <FigureLink href={sourceHref.indicator(filter, i.code)} testId={`figure-${i.code}`} title={i.isMoney ? t("exact", { value: formatCount(i.total, locale) }) : undefined}>
              {figure.value}
              {figure.wan && figure.unit}
            </FigureLink>
            {!figure.wan && unit(figure.unit)}
          </>
        ),
      };
    });

  const survey = table.survey;
  const groups: { key: string; title: string; note?: string; rows: Row[] }[] = [
    {
      key: "ORGANIZATION",
      title: t("groups.ORGANIZATION"),
      rows: [
        ...indicatorRows("ORGANIZATION"),
        {
          key: "pledges",
          label: t("pledges"),
          figure: (
            <>
              <FigureLink href={sourceHref.pledges(filter, "all")} testId="figure-pledges-total">
                {f.count(table.pledges.total)}
              </FigureLink>
              <span className="mx-1 text-stone-400">/</span>
              <FigureLink href={sourceHref.pledges(filter, "fulfilled")} testId="figure-pledges-fulfilled">
                {f.count(table.pledges.fulfilled)}
              </FigureLink>
              {unit(t("pledgesUnit"))}
            </>
          ),
        },
      ],
    },
    { key: "RELATIONS", title: t("groups.RELATIONS"), rows: indicatorRows("RELATIONS") },
    { key: "DEVELOPMENT", title: t("groups.DEVELOPMENT"), rows: indicatorRows("DEVELOPMENT") },
    {
      key: "SUPERVISION",
      title: t("groups.SUPERVISION"),
      rows: [
        {
          key: "leader-visits",
          label: t("leaderVisits"),
          figure: (
            <>
              <FigureLink href={sourceHref.visits(filter)} testId="figure-leader-visits">
                {f.count(table.leaderVisits)}
              </FigureLink>
              {unit(t("leaderVisitsUnit"))}
            </>
          ),
        },
        {
          key: "inspections",
          label: t("inspections"),
          figure: (
            <>
              <FigureLink href={sourceHref.inspections(filter)} testId="figure-inspections">
                {f.count(table.inspections)}
              </FigureLink>
              {unit(t("inspectionsUnit"))}
            </>
          ),
        },
        ...indicatorRows("SUPERVISION"),
      ],
    },
    {
      key: "SATISFACTION",
      title: t("groups.SATISFACTION"),
      note: survey ? t("surveyRound", { round: f.month(survey.round), respondents: f.count(survey.respondents) }) : t("noSurvey"),
      rows: survey
        ? [
            {
              key: "survey-village-org",
              label: t("surveyVillageOrg"),
              figure: (
                <FigureLink href={sourceHref.surveys(filter, { round: survey.round })} testId="figure-survey-village-org">
                  {formatRate(survey.satisfiedVillageOrg, survey.respondents)}
                </FigureLink>
              ),
            },
            {
              key: "survey-pairing",
              label: t("surveyPairing"),
              figure: (
                <FigureLink href={sourceHref.surveys(filter, { round: survey.round })} testId="figure-survey-pairing">
                  {formatRate(survey.satisfiedPairing, survey.respondents)}
                </FigureLink>
              ),
            },
          ]
        : [],
    },
  ];

  return (
    <Section
      id="outcomes"
      title={t("title")}
      note={t("note")}
      actions={
        <a href={outcomesExportHref(filter)} className="text-sm text-brand-700 underline" data-testid="export-outcomes" download>
          {te("outcomes")}
        </a>
      }
    >
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {groups.map((group) => (
          <table key={group.key} className="w-full self-start text-sm" data-testid={`outcome-group-${group.key}`}>
            <caption className="border-b-2 border-brand-600 pb-1 text-left font-medium text-stone-800">
              {group.title}
              {group.note && <span className="block text-xs font-normal text-stone-500">{group.note}</span>}
            </caption>
            <tbody className="divide-y divide-stone-100">
              {group.rows.length === 0 && (
                <tr>
                  <td className="py-1.5 text-stone-500">{t("empty")}</td>
                </tr>
              )}
              {group.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal text-stone-700">
                    {row.label}
                  </th>
                  <td className="py-1.5 text-right whitespace-nowrap">{row.figure}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Section>
  );
}
