import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { isPledgeOnTime, isRectificationOnTime } from "@/domain/assessment";
import { formatRate } from "@/domain/format";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { sourceHref } from "@/features/dashboard";
import type { SubjectBreakdown } from "../breakdown";

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="mb-2 font-semibold">
        {title} <span className="text-sm font-normal text-stone-500">({count})</span>
      </h3>
      {children}
    </section>
  );
}

/** The records behind every part: each activity count links to the dashboard's list of those very activities. */
export async function BreakdownRecords({ b }: { b: SubjectBreakdown }) {
  const t = await getTranslations("assessments.breakdown");
  const ta = await getTranslations("areas");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const filter = { period: b.period };
  const who = b.subject === "unit" ? { unit: b.result.id } : { village: b.result.id };
  const total = [...b.records.areas.values()].reduce((s, n) => s + n, 0);
  const { pledges, rectifications, visits, surveys } = b.records;
  const none = <p className="text-sm text-stone-500">{t("none")}</p>;
  const pairing = (p: { unit: { name: string }; village: { name: string } } | null) => (p ? `${p.unit.name} — ${p.village.name}` : "");
  const state = (done: boolean, onTime: boolean) => (onTime ? t("onTime") : done ? t("late") : t("open"));

  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="breakdown-records">
      <Section title={t("activities")} count={total}>
        <ul className="space-y-1 text-sm">
          {CONTENT_AREAS.map((area) => (
            <li key={area} className="flex justify-between gap-2">
              <span>{ta(area)}</span>
              <Link className="tabular-nums text-brand-700 hover:underline" href={sourceHref.activities(filter, { ...who, area })}>
                {b.records.areas.get(area) ?? 0}
              </Link>
            </li>
          ))}
        </ul>
        <Link className="mt-2 inline-block text-sm text-brand-700 hover:underline" href={sourceHref.activities(filter, who)}>
          {t("allActivities", { count: total })}
        </Link>
      </Section>
      <Section title={t("pledges")} count={pledges.length}>
        {pledges.length === 0 ? none : (
          <ul className="space-y-2 text-sm">
            {pledges.map((p) => (
              <li key={p.id}>
                <Link href={`/pledges/${p.id}`} className="text-brand-700 hover:underline">{p.content}</Link>
                <span className="block text-xs text-stone-500">
                  {p.pledgerName} · {pairing(p.pairing)} · {day(p.dueDate)} · {state(p.status === "FULFILLED", isPledgeOnTime(p))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("rectifications")} count={rectifications.length}>
        {rectifications.length === 0 ? none : (
          <ul className="space-y-2 text-sm">
            {rectifications.map((r) => (
              <li key={r.id}>
                {r.pairing ? <Link href={`/pairings/${r.pairing.id}`} className="text-brand-700 hover:underline">{r.description}</Link> : r.description}
                <span className="block text-xs text-stone-500">
                  {pairing(r.pairing)} · {day(r.dueDate)} · {state(r.status === "CLOSED", isRectificationOnTime(r))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("visits")} count={visits.length}>
        {visits.length === 0 ? none : (
          <ul className="space-y-2 text-sm">
            {visits.map((v) => (
              <li key={v.id}>
                <Link href={`/pairings/${v.pairing.id}`} className="text-brand-700 hover:underline">{t("visitRow", { leader: v.leaderName, pairing: pairing(v.pairing) })}</Link>
                <span className="block text-xs text-stone-500">
                  {day(v.date)}
                  {v.notes && ` · ${v.notes}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("surveys")} count={surveys.length}>
        {surveys.length === 0 ? none : (
          <ul className="space-y-2 text-sm">
            {surveys.map((s) => {
              const satisfied = b.subject === "unit" ? s.satisfiedPairing : s.satisfiedVillageOrg;
              return (
                <li key={s.id}>
                  <Link href={sourceHref.surveys(filter, { round: s.period, village: s.village.id })} className="text-brand-700 hover:underline">{s.village.name}</Link>
                  <span className="block text-xs text-stone-500">
                    {t("surveyRow", { round: s.period, respondents: s.respondents, satisfied })} · {formatRate(satisfied, s.respondents)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </div>
  );
}
