import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { type Fact, FactList } from "@/components/ui/fact-list";
import { formatRate } from "@/domain/format";
import type { CurrentUser } from "@/server/current-user";
import { loadDashboardContext, loadFigure } from "../context";
import { getDayFormat } from "../day-format";
import { sourceHref } from "../links";
import { confirmedFigure, pendingFigure, pledgesFigure, verifiedFigure } from "../queries/headline";
import { PeriodSummary } from "./dashboard-filters";
import { FigureLink } from "./figure-link";

/**
 * The leader's home page: the dashboard's headline figures for its default view (the whole
 * campaign, the leader's scope), from the same figures and formatters as the dashboard's cards,
 * each opening the records that make it.
 */
export async function LeaderFigures({ user }: { user: CurrentUser }) {
  const context = await loadDashboardContext(user, {});
  const { filter } = context;
  const [t, f, verified, pending, pledges, confirmed] = await Promise.all([
    getTranslations("home.leader"),
    getDayFormat(),
    loadFigure(verifiedFigure, filter),
    loadFigure(pendingFigure, filter),
    loadFigure(pledgesFigure, filter),
    loadFigure(confirmedFigure, filter),
  ]);
  const figures: Fact[] = [
    [
      t("verified"),
      <FigureLink key="v" href={sourceHref.activities(filter)} testId="home-verified">
        {f.count(verified)}
      </FigureLink>,
    ],
    [
      t("pending"),
      <FigureLink key="p" href={sourceHref.activities(filter, { status: "SUBMITTED" })} testId="home-pending">
        {f.count(pending)}
      </FigureLink>,
    ],
    [
      t("pledges"),
      <>
        <FigureLink href={sourceHref.pledges(filter, "fulfilled")} testId="home-pledges-fulfilled">
          {f.count(pledges.fulfilled)}
        </FigureLink>
        <span className="mx-1 text-stone-400">/</span>
        <FigureLink href={sourceHref.pledges(filter, "all")} testId="home-pledges-total">
          {f.count(pledges.total)}
        </FigureLink>
        <FigureLink href={sourceHref.pledges(filter, "fulfilled")} testId="home-pledge-rate" className="block text-base">
          {formatRate(pledges.fulfilled, pledges.total)}
        </FigureLink>
      </>,
    ],
    [
      t("confirmed"),
      <FigureLink key="c" href={sourceHref.activities(filter, { confirmation: "CONFIRMED" })} testId="home-confirmed">
        {formatRate(confirmed, verified)}
      </FigureLink>,
    ],
  ];
  return (
    <section className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" data-testid="leader-summary">
      <PeriodSummary context={context} />
      <FactList facts={figures} className="grid-cols-2 lg:grid-cols-4" valueClassName="text-2xl" />
      <p className="text-sm text-stone-600">{t("note")}</p>
      <LinkButton href="/dashboard" variant="primary">
        {t("open")}
      </LinkButton>
    </section>
  );
}
