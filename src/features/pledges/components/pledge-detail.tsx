import { FactList } from "@/components/ui/fact-list";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { todayInShanghai } from "@/domain/days";
import { isPledgeOverdue } from "@/domain/overdue";
import { AuditHistoryLink } from "@/features/audit";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { writesRegion } from "@/server/scope";
import { ConfirmationBadge } from "@/features/countersign";
import { CountersignForm } from "@/features/countersign/client";
import { confirmPledge } from "../actions";
import type { PledgeDetail as Pledge } from "../queries";
import { AttachmentGallery } from "@/features/attachments/client";
import { FulfilForm } from "./fulfil-form";
import { PledgeStatusBadges } from "./pledge-badges";
import { ReviewForm } from "./review-form";
import { StartPledgeButton } from "./start-button";

export async function PledgeDetail({ pledge: p, user }: { pledge: Pledge; user: CurrentUser }) {
  const t = await getTranslations("pledges");
  const format = await getFormatter();
  const longDate = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const overdue = isPledgeOverdue(p);
  const fulfilled = p.status === "FULFILLED";
  // The server's rule: a department acts on its own region's records only (a prefecture reads its counties').
  const writes = writesRegion(user, p.pairing.unit.regionId);
  const manages = can(user.role, "pledges.manage") && writes && !fulfilled;
  const village = `${p.pairing.village.township.name}${p.pairing.village.name}`;
  const facts: [string, ReactNode][] = [
    [
      t("fields.pairing"),
      <Link key="p" href={`/pairings/${p.pairing.id}`} className="text-brand-700 hover:underline">
        {p.pairing.unit.name} — {village}
      </Link>,
    ],
    [t("fields.pledgerKind"), t(`pledgerKinds.${p.pledgerKind}`)],
    [t("fields.pledgerName"), p.pledgerName],
    [t("fields.dueDate"), longDate(p.dueDate)],
    [t("fields.createdBy"), p.createdBy?.displayName ?? "—"],
  ];

  return (
    <>
      <PageHeader
        title={p.content.length > 40 ? `${p.content.slice(0, 40)}…` : p.content}
        description={
          <span className="flex flex-wrap items-center gap-1.5">
            <PledgeStatusBadges status={p.status} overdue={overdue} />
            {fulfilled && <ConfirmationBadge confirmation={p.confirmation} namespace="pledges" />}
          </span>
        }
        actions={
          <>
            <AuditHistoryLink user={user} entity="Pledge" id={p.id} />
            {manages && (
              <>
                <LinkButton href={`/pledges/${p.id}/edit`}>{t("actions.edit")}</LinkButton>
                {p.status === "PROMISED" && <StartPledgeButton id={p.id} />}
              </>
            )}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {overdue && <Alert>{t("detail.overdueNotice")}</Alert>}
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <h2 className="sr-only">{t("detail.facts")}</h2>
            <p className="mb-4 text-sm whitespace-pre-line text-stone-900">{p.content}</p>
            <FactList facts={facts} className="border-t border-stone-100 pt-4 sm:grid-cols-2" />
          </section>
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="fulfilment">
            <h2 className="mb-2 font-semibold">{t("detail.fulfilment")}</h2>
            {fulfilled && p.fulfilledAt ? (
              <>
                <p className="text-xs text-stone-500">{t("fields.fulfilledAt")}</p>
                <p className="text-sm">{longDate(p.fulfilledAt)}</p>
                <p className="mt-2 text-sm whitespace-pre-line">{p.evidence}</p>
                {p.attachments.length > 0 && (
                  <div className="mt-3">
                    <AttachmentGallery files={p.attachments} />
                  </div>
                )}
              </>
            ) : (
              <p className="text-sm text-stone-500">{t("detail.notFulfilled")}</p>
            )}
          </section>
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="pledge-review">
            <h2 className="mb-2 font-semibold">{t("detail.review")}</h2>
            {p.review ? (
              <>
                <p className="text-lg font-semibold">{t(`ratings.${p.review.rating}`)}</p>
                {p.review.comment && <p className="mt-1 text-sm whitespace-pre-line">{p.review.comment}</p>}
                <p className="mt-1 text-xs text-stone-500">{t("detail.reviewedBy", { name: p.review.reviewedBy?.displayName ?? "—", date: longDate(p.review.reviewedAt) })}</p>
              </>
            ) : (
              <p className="text-sm text-stone-500">{t("detail.notReviewed")}</p>
            )}
          </section>
        </div>
        <div className="space-y-4">
          {manages && <FulfilForm id={p.id} today={todayInShanghai()} />}
          {fulfilled && writes && can(user.role, "pledges.review") && <ReviewForm id={p.id} rating={p.review?.rating} comment={p.review?.comment} />}
          {fulfilled && (
            <section className="rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="confirmation-status">
              <h2 className="mb-1 font-semibold">{t("fields.confirmationLabel")}</h2>
              {p.confirmation === "CONFIRMED" && <p>{t("detail.confirmedNotice", { village })}</p>}
              {p.confirmation === "DISPUTED" && <p className="text-red-800">{t("detail.disputedNotice", { village, comment: p.confirmationComment ?? "" })}</p>}
              {p.confirmation === "PENDING" && <p className="text-stone-600">{t("detail.pendingConfirmation")}</p>}
            </section>
          )}
          {fulfilled && can(user.role, "pledges.confirm") && <CountersignForm id={p.id} namespace="pledges" action={confirmPledge} decided={p.confirmation !== "PENDING"} />}
        </div>
      </div>
    </>
  );
}
