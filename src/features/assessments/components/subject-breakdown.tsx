import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { type AssessmentPart, formatAdjustment, formatScore, type PartScore, type SubjectMeasures } from "@/domain/assessment";
import type { SubjectBreakdown as Breakdown } from "../breakdown";
import { BreakdownRecords } from "./breakdown-records";
import { GradeBadge } from "./grade-badge";

function measureParams(part: AssessmentPart, m: SubjectMeasures, b: Breakdown): Record<string, number> {
  switch (part) {
    case "coverage":
      return { covered: m.areasCovered };
    case "activities":
      return { done: m.verifiedActivities, target: b.settings.activitiesPerPairing * m.pairings };
    case "pledges":
      return { onTime: m.pledgesOnTime, due: m.pledgesDue };
    case "satisfaction":
      return { satisfied: m.surveySatisfied, respondents: m.surveyRespondents };
    case "rectifications":
      return { onTime: m.rectificationsOnTime, due: m.rectificationsDue };
    case "visits":
      return { done: m.visits, target: b.settings.visitsPerPairing * m.pairings };
  }
}

/** One subject's year: the score, each part with what it measured, and the records behind them. */
export async function SubjectBreakdownView({ b, adjust }: { b: Breakdown; adjust?: ReactNode }) {
  const t = await getTranslations("assessments");
  const r = b.result;
  const nowPart = (p: PartScore) => b.now?.parts.find((x) => x.part === p.part);
  const measure = (p: PartScore, m: SubjectMeasures) => (p.ratio === null ? t("notApplicable") : t(`measures.${p.part}`, measureParams(p.part, m, b)));

  return (
    <div className="space-y-5">
      <section className="flex flex-wrap items-center gap-x-8 gap-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="breakdown-summary">
        <div>
          <p className="text-xs text-stone-500">{t("columns.final")}</p>
          <p className="text-3xl font-semibold tabular-nums" data-testid="final-score">{formatScore(r.final)}</p>
        </div>
        <div>
          <p className="text-xs text-stone-500">{t("columns.grade")}</p>
          <GradeBadge grade={r.grade} />
        </div>
        <div>
          <p className="text-xs text-stone-500">{t("columns.rank")}</p>
          <p className="font-medium tabular-nums">{r.rank}</p>
        </div>
        <div>
          <p className="text-xs text-stone-500">{t("columns.computed")}</p>
          <p className="font-medium tabular-nums">{formatScore(r.computed)}</p>
        </div>
        {b.now && (
          <div>
            <p className="text-xs text-stone-500">{t("columns.now")}</p>
            <p className="font-medium tabular-nums" data-testid="now-score">{formatScore(b.now.final)}</p>
          </div>
        )}
        {r.adjustment !== 0 && (
          <p className="w-full text-sm text-stone-700" data-testid="adjustment-note">
            {t("breakdown.adjustmentNote", { points: formatAdjustment(r.adjustment), reason: r.adjustmentReason ?? "" })}
          </p>
        )}
      </section>

      <Table
        caption={t("breakdown.records")}
        head={
          <>
            <Th>{t("columns.part")}</Th>
            <Th>{t("columns.measure")}</Th>
            <Th className="px-3 py-2 text-right font-medium">{t("columns.weight")}</Th>
            <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{b.now ? t("breakdown.frozenPoints") : t("columns.points")}</Th>
            {b.now && <Th className="px-3 py-2 text-right font-medium whitespace-nowrap">{t("breakdown.nowPoints")}</Th>}
            <Th className="px-3 py-2 text-right font-medium">{t("columns.max")}</Th>
          </>
        }
      >
        {r.parts.map((p) => {
          const current = nowPart(p);
          return (
            <tr key={p.part} data-testid={`part-${p.part}`}>
              <Td className="px-3 py-2 whitespace-nowrap font-medium">{t(`parts.${p.part}`)}</Td>
              <Td className="px-3 py-2 text-stone-700 min-w-48">
                {measure(p, r.measures)}
                {p.part === "satisfaction" && p.ratio !== null && <span className="block text-xs text-stone-500">{t(b.subject === "unit" ? "unitSatisfaction" : "villageSatisfaction")}</span>}
                {b.now && current && measure(current, b.now.measures) !== measure(p, r.measures) && (
                  <span className="block text-xs text-amber-800">{t("breakdown.nowPoints")}：{measure(current, b.now.measures)}</span>
                )}
              </Td>
              <Td className="px-3 py-2 text-right tabular-nums">{p.weight}</Td>
              <Td className="px-3 py-2 text-right tabular-nums">{formatScore(p.points)}</Td>
              {b.now && <Td className="px-3 py-2 text-right tabular-nums">{current ? formatScore(current.points) : "—"}</Td>}
              <Td className="px-3 py-2 text-right tabular-nums text-stone-500">{formatScore(p.max)}</Td>
            </tr>
          );
        })}
      </Table>

      {adjust}

      <h2 className="text-lg font-semibold">{t("breakdown.records")}</h2>
      <BreakdownRecords b={b} />
    </div>
  );
}
