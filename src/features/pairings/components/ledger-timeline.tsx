import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { LedgerEntry } from "../ledger";
import { LedgerActivity, LedgerInspection, LedgerPledge, LedgerSurvey, LedgerVisit } from "./ledger-entries";

const KIND_STYLE: Record<LedgerEntry["kind"], string> = {
  activity: "border-l-brand-600",
  pledge: "border-l-sky-600",
  visit: "border-l-green-700",
  inspection: "border-l-amber-600",
  survey: "border-l-stone-500",
};

/** Everything that happened to the pairing, newest first. */
export async function LedgerTimeline({ entries }: { entries: LedgerEntry[] }) {
  const t = await getTranslations("pairings.ledger");
  const format = await getFormatter();
  const locale = await getLocale();
  if (entries.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <ol className="space-y-3" data-testid="ledger-timeline">
      {entries.map((entry) => (
        <li key={`${entry.kind}-${keyOf(entry)}`} className={`rounded-lg border border-l-4 border-stone-200 bg-white p-4 ${KIND_STYLE[entry.kind]}`} data-kind={entry.kind}>
          <p className="mb-1 flex flex-wrap items-center gap-x-2 text-xs text-stone-500">
            <time dateTime={entry.date.toISOString()}>{format.dateTime(entry.date, { dateStyle: "long" })}</time>
            <span aria-hidden>·</span>
            <span className="font-medium text-stone-700">{t(`kinds.${entry.kind}`)}</span>
          </p>
          {entry.kind === "activity" && <LedgerActivity activity={entry.activity} locale={locale} />}
          {entry.kind === "pledge" && <LedgerPledge pledge={entry.pledge} />}
          {entry.kind === "visit" && <LedgerVisit visit={entry.visit} />}
          {entry.kind === "inspection" && <LedgerInspection inspection={entry.inspection} />}
          {entry.kind === "survey" && <LedgerSurvey survey={entry.survey} />}
        </li>
      ))}
    </ol>
  );
}

function keyOf(entry: LedgerEntry) {
  switch (entry.kind) {
    case "activity":
      return entry.activity.id;
    case "pledge":
      return entry.pledge.id;
    case "visit":
      return entry.visit.id;
    case "inspection":
      return entry.inspection.id;
    case "survey":
      return entry.survey.id;
  }
}
