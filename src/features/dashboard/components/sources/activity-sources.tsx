import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { shanghaiDay } from "@/lib/dates";
import { enumParam, intParam, type SearchParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { pairingWhere } from "../../queries/filter";
import { type ActivitySourceOptions, activitySources } from "../../queries/sources/activity-sources";
import { cellClass, pageOf, PairingCell, SourcePage, SourceTable } from "./source-page";

const CONFIRMATION_TONES = { PENDING: "neutral", CONFIRMED: "green", DISPUTED: "red" } as const;

export function activityOptions(params: SearchParams): ActivitySourceOptions {
  return {
    status: enumParam(params, "status", ["VERIFIED", "SUBMITTED"]),
    area: enumParam(params, "area", CONTENT_AREAS),
    unitId: intParam(params, "unit"),
    villageId: intParam(params, "village"),
    pairingId: intParam(params, "pairing"),
    confirmation: enumParam(params, "confirmation", ["CONFIRMED"]),
  };
}

/** The activities behind an activity count (each counts once), narrowed as the link asked. */
export async function ActivitySources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const options = activityOptions(params);
  const page = pageOf(params);
  const [t, ta, f, { rows, count }, narrowing] = await Promise.all([
    getTranslations("dashboard.sources"),
    getTranslations("areas"),
    getDayFormat(),
    activitySources(db, context.filter, options, page),
    describeNarrowing(context, options),
  ]);
  const pending = options.status === "SUBMITTED";
  const title = pending ? t("activities.pendingTitle") : t("activities.title");
  const chips = [
    ...(options.area ? [ta(options.area)] : []),
    ...narrowing,
    ...(options.confirmation ? [t("activities.confirmedOnly")] : []),
  ];
  return (
    <SourcePage
      context={context}
      title={title}
      description={pending ? t("activities.pendingDescription") : t("activities.description")}
      summary={
        <>
          {chips.length > 0 && <span className="mr-2 text-stone-600">{chips.join(" · ")}</span>}
          {t("activities.summary")}{" "}
          <strong className="text-lg text-brand-700 tabular-nums" data-testid="source-total">
            {f.count(count)}
          </strong>{" "}
          {t("activities.unit")}
        </>
      }
    >
      <SourceTable
        caption={title}
        head={[t("columns.date"), t("columns.activity"), t("columns.pairing"), t("columns.area"), t("columns.confirmation")]}
        count={count}
        params={params}
        page={page.page}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={`${cellClass} whitespace-nowrap`}>{f.day(shanghaiDay(row.date))}</td>
            <td className={cellClass}>
              <Link href={`/activities/${row.id}`} className="text-brand-700 hover:underline">
                {row.title}
              </Link>
            </td>
            <PairingCell pairing={row.pairing} />
            <td className={`${cellClass} whitespace-nowrap`}>{ta(row.area)}</td>
            <td className={cellClass}>
              <Badge tone={CONFIRMATION_TONES[row.confirmation]}>{t(`confirmation.${row.confirmation}`)}</Badge>
            </td>
          </tr>
        ))}
      </SourceTable>
    </SourcePage>
  );
}

/** Names of the unit, village or pairing a link narrowed to — looked up within the viewer's scope only. */
async function describeNarrowing(context: DashboardContext, options: ActivitySourceOptions): Promise<string[]> {
  if (!options.unitId && !options.villageId && !options.pairingId) return [];
  const pairing = await db.pairing.findFirst({
    where: {
      AND: [
        pairingWhere(context.filter) ?? {},
        { ...(options.unitId ? { unitId: options.unitId } : {}), ...(options.villageId ? { villageId: options.villageId } : {}), ...(options.pairingId ? { id: options.pairingId } : {}) },
      ],
    },
    select: { unit: { select: { name: true } }, village: { select: { name: true } } },
  });
  if (!pairing) return [];
  if (options.pairingId) return [`${pairing.unit.name} — ${pairing.village.name}`];
  return [...(options.unitId ? [pairing.unit.name] : []), ...(options.villageId ? [pairing.village.name] : [])];
}
