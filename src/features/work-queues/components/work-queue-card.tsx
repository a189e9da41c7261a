import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { daysBetween, shanghaiDay } from "@/lib/dates";
import type { Queue } from "../queries";

const ITEM_PATHS = { activity: "/activities", pledge: "/pledges", rectification: "/supervision/rectifications" } as const;

/** One queue: its count, the first items (each a link to the record) and the way to the full list. */
export async function WorkQueueCard({ queue }: { queue: Queue }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const now = new Date();
  return (
    <section aria-labelledby={`queue-${queue.key}`} className="flex flex-col rounded-lg border border-stone-200 bg-white" data-testid={`queue-${queue.key}`}>
      <header className="flex items-baseline justify-between gap-2 border-b border-stone-100 px-4 py-3">
        <h2 id={`queue-${queue.key}`} className="font-semibold">
          {t(`queues.${queue.key}.title`)}
        </h2>
        <span className={queue.count > 0 ? "text-2xl font-semibold text-brand-700 tabular-nums" : "text-2xl font-semibold text-stone-400 tabular-nums"} data-testid="queue-count">
          {queue.count}
        </span>
      </header>
      {queue.items.length === 0 ? (
        <p className="flex-1 px-4 py-6 text-center text-sm text-stone-500" data-testid="queue-empty">
          {t(`queues.${queue.key}.empty`)}
        </p>
      ) : (
        <ul className="flex-1 divide-y divide-stone-100">
          {queue.items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <Link href={`${ITEM_PATHS[item.kind]}/${item.id}`} className="block px-4 py-2.5 hover:bg-stone-50">
                <span className="line-clamp-2 text-sm font-medium text-stone-900">{item.title}</span>
                <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
                  <span>
                    {item.unit} · {item.village}
                  </span>
                  {item.date && <span>{t(`queues.${queue.key}.date`, { date: format.dateTime(item.date, { dateStyle: "long" }) })}</span>}
                  {item.waitingSince && (
                    <span className="font-medium text-stone-700" data-testid="queue-age">
                      {t("waitingDays", { days: daysBetween(shanghaiDay(item.waitingSince), shanghaiDay(now)) })}
                    </span>
                  )}
                  {item.overdue && <Badge tone="red">{item.daysOverdue ? t("overdueDays", { days: item.daysOverdue }) : t("overdue")}</Badge>}
                  {queue.links.length > 1 && <Badge>{t(`kinds.${item.kind}`)}</Badge>}
                </span>
                {item.note && <span className="mt-1 line-clamp-2 block text-xs text-red-800">{item.note}</span>}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <footer className="flex flex-wrap gap-x-4 gap-y-1 border-t border-stone-100 px-4 py-2 text-sm">
        {queue.links.map((link) => (
          <Link key={link.href} href={link.href} className="text-brand-700 hover:underline">
            {t(`links.${link.key}`)}
          </Link>
        ))}
      </footer>
    </section>
  );
}
