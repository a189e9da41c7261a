// One ledger entry of each kind, as the ledger page shows it.
import { countArg } from "@/lib/counts";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatRate, indicatorLabel, indicatorValueText } from "@/domain/format";
import type { LedgerEntry } from "../ledger";

type Of<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

const ACTIVITY_TONE = { VERIFIED: "green", SUBMITTED: "sky", RETURNED: "red", DRAFT: "neutral" } as const;

export async function LedgerActivity({ activity, locale }: { activity: Of<"activity">["activity"]; locale: string }) {
  const t = await getTranslations("pairings.ledger");
  const ta = await getTranslations("areas");
  return (
    <div className="space-y-1.5">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{ta(activity.area)}</Badge>
        <Link href={`/activities/${activity.id}`} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
          {activity.title}
        </Link>
        {activity.status !== "VERIFIED" && <Badge tone={ACTIVITY_TONE[activity.status]}>{t(`activityStatus.${activity.status}`)}</Badge>}
      </p>
      <p className="text-xs text-stone-500">
        {[activity.place, t("participants", { unit: countArg(activity.unitParticipants), village: countArg(activity.villageParticipants) })].filter(Boolean).join(" · ")}
      </p>
      {activity.description && <p className="text-sm text-stone-700">{activity.description}</p>}
      {activity.status === "RETURNED" && activity.returnReason && (
        <p className="text-sm text-red-800">{t("returnReason", { reason: activity.returnReason })}</p>
      )}
      {activity.values.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("indicators")}>
          {activity.values.map((v) => (
            <li key={v.id} className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-800">
              {indicatorLabel(v.indicator, locale)} <span className="font-semibold tabular-nums">{indicatorValueText(v.indicator, v.value, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const PLEDGE_TONE = { PROMISED: "neutral", IN_PROGRESS: "sky", FULFILLED: "green" } as const;

export async function LedgerPledge({ pledge }: { pledge: Of<"pledge">["pledge"] }) {
  const t = await getTranslations("pairings.ledger");
  const format = await getFormatter();
  return (
    <div className="space-y-1.5">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-stone-900">{t(`pledger.${pledge.pledgerKind}`, { name: pledge.pledgerName })}</span>
        <Badge tone={PLEDGE_TONE[pledge.status]}>{t(`pledgeStatus.${pledge.status}`)}</Badge>
        {pledge.overdue && <Badge tone="red">{t("overdue")}</Badge>}
      </p>
      <p className="text-sm text-stone-700">{pledge.content}</p>
      <p className="text-xs text-stone-500">
        {t("dueDate", { date: format.dateTime(pledge.dueDate, { dateStyle: "long" }) })}
        {pledge.fulfilledAt && <> · {t("fulfilledOn", { date: format.dateTime(pledge.fulfilledAt, { dateStyle: "long" }) })}</>}
      </p>
      {pledge.evidence && <p className="text-sm text-stone-700">{pledge.evidence}</p>}
      {pledge._count.attachments > 0 && (
        <Link href={`/pledges/${pledge.id}`} className="text-sm text-brand-700 hover:underline" data-testid="pledge-evidence-files">
          {t("pledgeFiles", { count: pledge._count.attachments })}
        </Link>
      )}
      {pledge.review && (
        <p className="text-sm text-stone-700">
          {pledge.review.comment
            ? t("reviewWithComment", { rating: t(`rating.${pledge.review.rating}`), comment: pledge.review.comment })
            : t("review", { rating: t(`rating.${pledge.review.rating}`) })}
        </p>
      )}
    </div>
  );
}

export async function LedgerVisit({ visit }: { visit: Of<"visit">["visit"] }) {
  const t = await getTranslations("pairings.ledger");
  return (
    <div className="space-y-1">
      <p className="font-medium text-stone-900">{t("visitBy", { name: visit.leaderName })}</p>
      {visit.notes && <p className="text-sm text-stone-700">{visit.notes}</p>}
    </div>
  );
}

const RECTIFICATION_TONE = { OPEN: "amber", IN_PROGRESS: "sky", REPORTED: "sky", CLOSED: "green" } as const;

export async function LedgerInspection({ inspection }: { inspection: Of<"inspection">["inspection"] }) {
  const t = await getTranslations("pairings.ledger");
  const format = await getFormatter();
  return (
    <div className="space-y-1.5">
      <p className="font-medium text-stone-900">
        {t(`inspectionKind.${inspection.kind}`)} · {t("inspectors", { names: inspection.inspectors })}
      </p>
      {inspection.findings && <p className="text-sm text-stone-700">{inspection.findings}</p>}
      {inspection.rectifications.length > 0 && (
        <div>
          <h3 className="text-xs font-medium text-stone-600">{t("rectifications")}</h3>
          <ul className="mt-1 space-y-1">
            {inspection.rectifications.map((r) => (
              <li key={r.id} className="rounded bg-stone-50 px-2 py-1 text-sm">
                <span className="mr-2">{r.description}</span>
                <Badge tone={RECTIFICATION_TONE[r.status]}>{t(`rectificationStatus.${r.status}`)}</Badge>
                {r.overdue && (
                  <span className="ml-1">
                    <Badge tone="red">{t("overdue")}</Badge>
                  </span>
                )}
                <span className="block text-xs text-stone-500">
                  {t("dueDate", { date: format.dateTime(r.dueDate, { dateStyle: "long" }) })}
                  {r.closedAt && <> · {t("closedOn", { date: format.dateTime(r.closedAt, { dateStyle: "long" }) })}</>}
                  {r.closureNote && <> · {r.closureNote}</>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export async function LedgerSurvey({ survey }: { survey: Of<"survey">["survey"] }) {
  const t = await getTranslations("pairings.ledger");
  return (
    <div className="space-y-1">
      <p className="font-medium text-stone-900">{t("surveyOf", { period: survey.period })}</p>
      <p className="text-sm text-stone-700">
        {t("surveyFigures", {
          respondents: survey.respondents,
          villageOrg: formatRate(survey.satisfiedVillageOrg, survey.respondents),
          pairing: formatRate(survey.satisfiedPairing, survey.respondents),
        })}
      </p>
    </div>
  );
}
