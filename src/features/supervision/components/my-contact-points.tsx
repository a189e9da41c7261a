import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { todayInShanghai } from "@/domain/days";
import { fromShanghaiDay } from "@/lib/dates";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { defaultVisitPeriod, myContactWork } from "../queries-visits";

/** A leader's home page: their contact points (with visits in the period against the target) and their latest visits. */
export async function MyContactPoints({ user }: { user: CurrentUser }) {
  const t = await getTranslations("supervision");
  const format = await getFormatter();
  const period = await defaultVisitPeriod(db, todayInShanghai());
  const { summaries, visits } = await myContactWork(db, user, period);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const points = summaries.flatMap((s) => s.contactPoints);
  const target = summaries.reduce((n, s) => n + s.target, 0);
  const made = points.reduce((n, c) => n + c.visits, 0);
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="my-contact-points">
      <section aria-labelledby="my-points" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="my-points" className="font-semibold">
          {t("leaderHome.title")}
        </h2>
        {points.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{t("leaderHome.empty")}</p>
        ) : (
          <>
            <p className="mt-1 text-xs text-stone-500">
              {date(fromShanghaiDay(period.from))} – {date(fromShanghaiDay(period.to))} · {t("leaderHome.progress", { target, made })}
            </p>
            <ul className="mt-2 divide-y divide-stone-100">
              {points.map((c) => (
                <li key={c.pairingId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <Link href={`/pairings/${c.pairingId}`} className="font-medium text-brand-700 hover:underline">
                    {c.label}
                  </Link>
                  <span className={c.visits === 0 ? "text-xs text-amber-700" : "text-xs text-stone-500"}>
                    {c.visits === 0 ? t("visits.never") : `${t("visits.times", { count: c.visits })} · ${t("visits.lastVisit")} ${date(c.lastVisit!)}`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="my-visits" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="my-visits" className="font-semibold">
          {t("leaderHome.visits")}
        </h2>
        {visits.length === 0 ? (
          <p className="mt-2 text-sm text-stone-500">{t("leaderHome.noVisits")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-100">
            {visits.map((v) => (
              <li key={v.id} className="py-2 text-sm">
                <p className="font-medium">
                  {date(v.date)} · {v.pairing.unit.name} — {v.pairing.village.township.name}
                  {v.pairing.village.name}
                </p>
                <p className="line-clamp-2 text-xs text-stone-600">{v.notes}</p>
              </li>
            ))}
          </ul>
        )}
        <Link href="/supervision/visits" className="mt-2 inline-block text-sm text-brand-700 hover:underline">
          {t("leaderHome.all")}
        </Link>
      </section>
    </div>
  );
}
