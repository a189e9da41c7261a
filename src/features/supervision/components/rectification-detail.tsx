import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { rectificationDaysOverdue } from "@/domain/overdue";
import { canCheckRectification, canReportRectification } from "@/domain/rectification";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import { writesRegion } from "@/server/scope";
import { AttachmentGallery } from "@/features/attachments/client";
import type { RectificationDetail as Rectification } from "../queries-rectifications";
import { RectificationBadges } from "./badges";
import { CheckPanel } from "./check-panel";
import { ReportForm } from "./report-form";

export async function RectificationDetail({ item: r, user }: { item: Rectification; user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const daysOverdue = rectificationDaysOverdue(r);
  // The server's rule: an item is acted on within its pairing's own region only (a prefecture reads its counties').
  const writes = r.pairing !== null && writesRegion(user, r.pairing.unit.regionId);
  const reports = writes && canReportRectification(r.status) && can(user.role, "rectifications.report");
  const checks = writes && canCheckRectification(r.status) && can(user.role, "supervision.write");
  const inspection = `${date(r.inspection.date)} ${t(`kinds.${r.inspection.kind}`)}`;
  return (
    <>
      <PageHeader
        title={r.description.length > 40 ? `${r.description.slice(0, 40)}…` : r.description}
        description={<RectificationBadges status={r.status} returned={Boolean(r.returnReason)} daysOverdue={daysOverdue} />}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {daysOverdue > 0 && <Alert>{t("rectifications.overdueNotice", { days: daysOverdue })}</Alert>}
          {r.status === "IN_PROGRESS" && r.returnReason && <Alert>{t("rectifications.returnedNotice", { reason: r.returnReason })}</Alert>}
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
            <p className="mb-4 text-sm whitespace-pre-line">{r.description}</p>
            <FactList
              className="border-t border-stone-100 pt-4 sm:grid-cols-2"
              facts={[
                [t("fields.unit"), r.pairing?.unit.name ?? "—"],
                [
                  t("fields.pairing"),
                  r.pairing ? (
                    <Link href={`/pairings/${r.pairing.id}`} className="text-brand-700 hover:underline">
                      {r.pairing.village.township.name}
                      {r.pairing.village.name}
                    </Link>
                  ) : (
                    "—"
                  ),
                ],
                [
                  t("fields.inspection"),
                  can(user.role, "supervision.read") ? (
                    <Link href={`/supervision/inspections/${r.inspection.id}`} className="text-brand-700 hover:underline">
                      {inspection}
                    </Link>
                  ) : (
                    inspection
                  ),
                ],
                [t("fields.dueDate"), date(r.dueDate)],
              ]}
            />
          </section>
          <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="rectification-report">
            <h2 className="mb-2 font-semibold">{t("rectifications.reportTitle")}</h2>
            {r.reportText ? (
              <>
                <p className="text-sm whitespace-pre-line">{r.reportText}</p>
                {r.reportedAt && (
                  <p className="mt-1 text-xs text-stone-500">{t("rectifications.reportedLine", { name: r.reportedBy?.displayName ?? "—", date: date(r.reportedAt) })}</p>
                )}
                <div className="mt-3">
                  <AttachmentGallery files={r.attachments} />
                </div>
              </>
            ) : (
              r.status !== "CLOSED" && <p className="text-sm text-stone-500">{t("rectifications.notReported")}</p>
            )}
            {r.status === "REPORTED" && <p className="mt-3 text-sm text-brand-700">{t("rectifications.awaitingCheck")}</p>}
            {r.status === "CLOSED" && r.closedAt && (
              <div className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-900" data-testid="closure">
                <p>{t("rectifications.closedNotice", { date: date(r.closedAt) })}</p>
                {r.closureNote && <p className="mt-1 whitespace-pre-line">{r.closureNote}</p>}
              </div>
            )}
          </section>
        </div>
        <div className="space-y-4">
          {reports && <ReportForm id={r.id} version={r.version} reportText={r.reportText} attachments={r.attachments} again={Boolean(r.returnReason)} />}
          {checks && <CheckPanel id={r.id} />}
        </div>
      </div>
    </>
  );
}
