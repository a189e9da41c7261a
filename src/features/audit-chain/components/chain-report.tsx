// What the walk of the audit chain found, said plainly: whole, or the first entry where it breaks
// and what that means, with a link to the log around it.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { ChainReport } from "@/server/audit-chain";

export async function ChainReportView({ report }: { report: ChainReport & { checkedAt: Date } }) {
  const t = await getTranslations("auditChain");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  const { firstBreak } = report;
  return (
    <section className="space-y-4" data-testid="chain-report">
      {firstBreak ? (
        <Alert>
          <p className="font-semibold">{t("broken", { id: firstBreak.id, at: when(firstBreak.at) })}</p>
          <p>{t(`reason.${firstBreak.reason}`)}</p>
        </Alert>
      ) : (
        <p className="rounded-lg border border-green-200 bg-green-50 p-4 font-semibold text-green-900">{t("whole", { count: report.checked - report.unchained })}</p>
      )}
      <dl className="grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="text-slate-600">{t("checkedAt")}</dt>
        <dd>{when(report.checkedAt)}</dd>
        <dt className="text-slate-600">{t("checked")}</dt>
        <dd>{t("entries", { count: report.checked })}</dd>
        {report.unchained > 0 && (
          <>
            <dt className="text-slate-600">{t("unchainedLabel")}</dt>
            <dd>{t("unchained", { count: report.unchained })}</dd>
          </>
        )}
      </dl>
      <p className="text-sm text-slate-600">{t("how")}</p>
      <Link href="/audit" className="text-sm text-red-800 underline">
        {t("toLog")}
      </Link>
    </section>
  );
}
