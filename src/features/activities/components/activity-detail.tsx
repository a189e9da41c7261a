import { countArg } from "@/lib/counts";
import { FactList } from "@/components/ui/fact-list";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { countsInOfficialFigures, isEditable, isReported } from "@/domain/activity-status";
import { isDisputeOpen } from "@/domain/countersign";
import { indicatorLabel, indicatorValueText } from "@/domain/format";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { AttachmentGallery } from "@/features/attachments/client";
import { ConfirmationBadge } from "@/features/countersign";
import { CountersignForm } from "@/features/countersign/client";
import { EvidencePanel, type EvidenceReport } from "@/features/evidence";
import { confirmActivity } from "../actions";
import type { ActivityDetail as Activity, HistoryStep } from "../queries";
import { ActivityHistory } from "./activity-history";
import { RecorderActions } from "./recorder-actions";
import { DisputePanel } from "./dispute-panel";
import { ReviewPanel } from "./review-panel";
import { writesRegion } from "@/server/scope";
import { ActivityStatusBadge } from "./status-badges";

type Props = { activity: Activity; history: HistoryStep[]; evidence: EvidenceReport; user: CurrentUser; mayRecord: boolean };

export async function ActivityDetail({ activity: a, history, evidence, user, mayRecord }: Props) {
  const t = await getTranslations("activities");
  const ta = await getTranslations("areas");
  const format = await getFormatter();
  const locale = await getLocale();
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const reported = isReported(a.status);
  const village = `${a.pairing.village.township.name}${a.pairing.village.name}`;
  // The server's rule: a department acts on its own region's records only (a prefecture reads its counties').
  const writes = writesRegion(user, a.pairing.unit.regionId);
  const editable = mayRecord && writes && isEditable(a.status);
  const reviewer = can(user.role, "activities.review") && writes;
  const countersigner = can(user.role, "activities.confirm") && reported;

  const facts: [string, ReactNode][] = [
    [
      t("fields.pairing"),
      <Link key="p" href={`/pairings/${a.pairing.id}`} className="text-brand-700 hover:underline">
        {a.pairing.unit.name} — {village}
      </Link>,
    ],
    [t("fields.area"), ta(a.area)],
    [t("fields.date"), longDate(a.date)],
    [t("fields.place"), a.place || "—"],
    [`${t("fields.unitParticipants")} / ${t("fields.villageParticipants")}`, t("detail.participants", { unit: countArg(a.unitParticipants), village: countArg(a.villageParticipants) })],
    [t("fields.recordedBy"), a.recordedBy?.displayName ?? "—"],
    [t("fields.submittedAt"), a.submittedAt ? format.dateTime(a.submittedAt, { dateStyle: "long", timeStyle: "short" }) : "—"],
    [t("fields.verified"), a.verifiedAt ? t("detail.verifiedBy", { name: a.verifiedBy?.displayName ?? "—", date: longDate(a.verifiedAt) }) : "—"],
    ...(a.verificationNote ? [[t("fields.verificationNote"), t("detail.verifiedDespite", { count: a.verifiedWarnings, note: a.verificationNote })] as [string, ReactNode]] : []),
  ];

  return (
    <>
      <PageHeader
        title={a.title}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <ActivityStatusBadge status={a.status} />
            {reported && <ConfirmationBadge confirmation={a.confirmation} />}
          </span>
        }
        actions={
          <>
            <AuditHistoryLink user={user} entity="Activity" id={a.id} />
            {editable && <RecorderActions id={a.id} title={a.title} isDraft={a.status === "DRAFT"} />}
            {reviewer && a.status === "VERIFIED" && <LinkButton href={`/activities/${a.id}/edit`}>{t("actions.correct")}</LinkButton>}
          </>
        }
      />
      <div className="space-y-4">
        {a.status === "RETURNED" && (
          <Alert>
            <p className="font-medium">{t("detail.returnedNotice", { reason: a.returnReason ?? "" })}</p>
            {editable && <p className="mt-1">{t("detail.returnedHint")}</p>}
          </Alert>
        )}
        {a.correctedAt && <Alert tone="info">{t("detail.correctedNotice", { date: longDate(a.correctedAt), reason: a.correctionReason ?? "" })}</Alert>}
        {!countsInOfficialFigures(a.status) && <p className="text-sm text-stone-500">{t("detail.countsNotice")}</p>}

        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
              <h2 className="sr-only">{t("detail.facts")}</h2>
              <FactList facts={facts} className="sm:grid-cols-2" />
              {a.description && <p className="mt-4 border-t border-stone-100 pt-4 text-sm whitespace-pre-line text-stone-800">{a.description}</p>}
            </section>

            <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
              <h2 className="mb-2 font-semibold">{t("detail.values")}</h2>
              {a.values.length === 0 ? (
                <p className="text-sm text-stone-500">{t("detail.noValues")}</p>
              ) : (
                <dl className="divide-y divide-stone-100" data-testid="activity-values">
                  {a.values.map((v) => (
                    <div key={v.id} className="flex justify-between gap-4 py-1.5 text-sm">
                      <dt className="text-stone-700">
                        {indicatorLabel(v.indicator, locale)}
                        {!v.indicator.active && <span className="text-stone-400">{t("form.retiredIndicator")}</span>}
                      </dt>
                      <dd className="font-medium whitespace-nowrap tabular-nums">{indicatorValueText(v.indicator, v.value, locale)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </section>

            <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
              <h2 className="mb-2 font-semibold">{t("detail.attachments")}</h2>
              <AttachmentGallery files={a.attachments} />
            </section>
          </div>

          <div className="space-y-4">
            <EvidencePanel report={evidence} area={ta(a.area)} />
            {reviewer && reported && isDisputeOpen(a) && <DisputePanel id={a.id} verified={a.status === "VERIFIED"} />}
            {reviewer && a.status === "SUBMITTED" && <ReviewPanel id={a.id} warnings={evidence.warnings.length} />}
            {reported && (
              <section className="rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="confirmation-status">
                <h2 className="mb-1 font-semibold">{t("fields.confirmationLabel")}</h2>
                {a.confirmation === "CONFIRMED" && <p>{t("detail.confirmedNotice", { village })}</p>}
                {a.confirmation === "DISPUTED" && <p className="text-red-800">{t("detail.disputedNotice", { village, comment: a.confirmationComment ?? "" })}</p>}
                {a.confirmation === "PENDING" && <p className="text-stone-600">{t("detail.pendingConfirmation")}</p>}
                {isDisputeOpen(a) && (
                  <p className="mt-1 font-medium text-red-800" data-testid="dispute-open">
                    {t("dispute.open")}
                  </p>
                )}
                {a.confirmation === "DISPUTED" && a.disputeResolvedAt && (
                  <p className="mt-1" data-testid="dispute-resolved">
                    {t("dispute.resolved", { date: longDate(a.disputeResolvedAt), note: a.disputeNote ?? "" })}
                  </p>
                )}
                {a.confirmedAt && (
                  <p className="mt-1 text-xs text-stone-500">{[a.confirmedBy?.displayName, longDate(a.confirmedAt)].filter(Boolean).join(" · ")}</p>
                )}
              </section>
            )}
            {countersigner && <CountersignForm id={a.id} namespace="activities" action={confirmActivity} decided={a.confirmation !== "PENDING"} />}
            <section className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="mb-3 font-semibold">{t("detail.history")}</h2>
              <ActivityHistory steps={history} />
            </section>
          </div>
        </div>
      </div>
    </>
  );
}
