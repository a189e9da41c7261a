import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryStep } from "../queries";

/** Who did what to the activity and when, oldest first, with the reasons given. */
export async function ActivityHistory({ steps }: { steps: HistoryStep[] }) {
  const t = await getTranslations("activities");
  const format = await getFormatter();
  return (
    <ol className="space-y-3 border-l-2 border-stone-200 pl-4" data-testid="activity-history">
      {steps.map((s) => (
        <li key={s.id} className="relative text-sm">
          <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2.5 rounded-full bg-stone-400" />
          <p>
            <span className="font-medium">{t.has(`history.${s.step}`) ? t(`history.${s.step}`) : s.step}</span>
            {s.by && <span className="text-stone-600"> · {s.by}</span>}
          </p>
          <p className="text-xs text-stone-500">{format.dateTime(s.at, { dateStyle: "long", timeStyle: "short" })}</p>
          {s.note && <p className="mt-1 whitespace-pre-line text-stone-700">{s.note}</p>}
        </li>
      ))}
    </ol>
  );
}
