import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { DashboardContext } from "../context";
import { dashboardHref } from "../links";

/**
 * 伊春市 › 铁力市 › 铁力镇: the way back up from the region (and township) shown to the reader's own
 * region. Each step keeps the campaign and the period; the regions above the reader's are not theirs to see.
 */
export async function RegionBreadcrumb({ context }: { context: DashboardContext }) {
  const { filter, regionTrail: trail, townships } = context;
  if (trail.length === 0) return null;
  const t = await getTranslations("dashboard.rollup");
  const township = townships.find((tw) => tw.id === filter.townshipId);
  const steps = [
    ...trail.map((r) => ({ key: `region-${r.id}`, name: r.name, href: dashboardHref({ ...filter, townshipId: undefined, region: { id: r.id, path: r.path } }) })),
    ...(township ? [{ key: `township-${township.id}`, name: township.name, href: dashboardHref(filter) }] : []),
  ];
  return (
    <nav aria-label={t("trail")} className="no-print mt-2 text-sm" data-testid="region-trail">
      <ol className="flex flex-wrap items-center gap-1">
        {steps.map((step, i) => {
          const last = i === steps.length - 1;
          return (
            <li key={step.key} className="flex items-center gap-1">
              {i > 0 && <span aria-hidden className="text-stone-400">›</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-stone-900">
                  {step.name}
                </span>
              ) : (
                <Link href={step.href} className="text-brand-700 hover:underline">
                  {step.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
