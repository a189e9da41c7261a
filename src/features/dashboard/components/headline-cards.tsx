import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { formatRate } from "@/domain/format";
import { loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { campaignParam, sourceHref } from "../links";
import type { DashboardFilter } from "../queries/filter";
import { confirmedFigure, disputedFigure, openRectificationsFigure, overdueRectificationsFigure, pairingsInEffectFigure, pendingFigure, pledgesFigure, verifiedFigure } from "../queries/headline";
import { todayInShanghai } from "@/domain/days";
import { FigureLink } from "./figure-link";

function StatCard({ id, title, figure, unit, note }: { id: string; title: string; figure: ReactNode; unit?: string; note?: ReactNode }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" data-testid={id}>
      <p className="text-sm text-stone-600">{title}</p>
      <p className="mt-1 text-2xl">
        {figure}
        {unit && <span className="ml-1 text-sm text-stone-500">{unit}</span>}
      </p>
      {note && <p className="mt-1 text-xs text-stone-500">{note}</p>}
    </div>
  );
}

export function StatCardSkeleton() {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" aria-busy>
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-2 h-8 w-20" />
      <Skeleton className="mt-2 h-3 w-32" />
    </div>
  );
}

export async function PairingsCard({ filter }: { filter: DashboardFilter }) {
  const [t, f, count] = await Promise.all([getTranslations("dashboard.cards"), getDayFormat(), loadFigure(pairingsInEffectFigure, filter)]);
  return (
    <StatCard
      id="card-pairings"
      title={t("pairings.title")}
      figure={<FigureLink href={sourceHref.pairings(filter)}>{f.count(count)}</FigureLink>}
      unit={t("pairings.unit")}
      note={t("pairings.note")}
    />
  );
}

export async function VerifiedCard({ filter }: { filter: DashboardFilter }) {
  const [t, f, verified, pending, disputed] = await Promise.all([
    getTranslations("dashboard.cards"),
    getDayFormat(),
    loadFigure(verifiedFigure, filter),
    loadFigure(pendingFigure, filter),
    loadFigure(disputedFigure, filter),
  ]);
  return (
    <StatCard
      id="card-verified"
      title={t("verified.title")}
      figure={<FigureLink href={sourceHref.activities(filter)}>{f.count(verified)}</FigureLink>}
      unit={t("verified.unit")}
      note={
        // Pending work is shown apart and never added to the verified figure.
        <>
          <Link href={sourceHref.activities(filter, { status: "SUBMITTED" })} className="hover:underline" data-testid="card-pending">
            {t("verified.pending", { count: pending })}
          </Link>
          {disputed > 0 && (
            // Disputed by the village and not yet resolved: counted, and never silently.
            <Link href={`/activities?status=VERIFIED&confirmation=DISPUTED&campaign=${campaignParam(filter)}`} className="mt-1 block text-red-800 hover:underline" data-testid="card-disputed">
              {t("verified.disputed", { count: disputed })}
            </Link>
          )}
        </>
      }
    />
  );
}

export async function PledgeRateCard({ filter }: { filter: DashboardFilter }) {
  const [t, pledges] = await Promise.all([getTranslations("dashboard.cards"), loadFigure(pledgesFigure, filter)]);
  return (
    <StatCard
      id="card-pledge-rate"
      title={t("pledgeRate.title")}
      figure={<FigureLink href={sourceHref.pledges(filter, "fulfilled")}>{formatRate(pledges.fulfilled, pledges.total)}</FigureLink>}
      note={t("pledgeRate.note", { fulfilled: pledges.fulfilled, total: pledges.total })}
    />
  );
}

export async function ConfirmedCard({ filter }: { filter: DashboardFilter }) {
  const [t, confirmed, verified] = await Promise.all([getTranslations("dashboard.cards"), loadFigure(confirmedFigure, filter), loadFigure(verifiedFigure, filter)]);
  return (
    <StatCard
      id="card-confirmed"
      title={t("confirmed.title")}
      figure={<FigureLink href={sourceHref.activities(filter, { confirmation: "CONFIRMED" })}>{formatRate(confirmed, verified)}</FigureLink>}
      note={t("confirmed.note", { confirmed, verified })}
    />
  );
}

export async function RectificationsCard({ filter }: { filter: DashboardFilter }) {
  const today = todayInShanghai();
  const [t, f, open, overdue] = await Promise.all([
    getTranslations("dashboard.cards"),
    getDayFormat(),
    loadFigure(openRectificationsFigure, filter),
    loadFigure(overdueRectificationsFigure, filter, today),
  ]);
  return (
    <StatCard
      id="card-rectifications"
      title={t("rectifications.title")}
      figure={<FigureLink href={sourceHref.rectifications(filter)}>{f.count(open)}</FigureLink>}
      unit={t("rectifications.unit")}
      note={
        <>
          {t("rectifications.note")}
          {" · "}
          {t("rectifications.overdue")} <FigureLink href={sourceHref.rectifications(filter, { overdue: today })}>{f.count(overdue)}</FigureLink> {t("rectifications.unit")}
        </>
      }
    />
  );
}
