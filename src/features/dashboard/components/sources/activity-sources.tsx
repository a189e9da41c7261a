import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { idParam } from "@/domain/ids";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { shanghaiDay } from "@/lib/dates";
import { enumParam, type SearchParams } from "@/lib/list-params";
import { readDb } from "@/server/read-db";
import { ConfirmationBadge } from "@/features/countersign";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { type ActivitySourceOptions, activitySources, narrowingNames } from "../../queries/sources/activity-sources";
import { nowrapClass, pageOf, pairingColumn, SourcePage, SourceTable } from "./source-page";

function activityOptions(params: SearchParams): ActivitySourceOptions {
  return {
    status: enumParam(params, "status", ["VERIFIED", "SUBMITTED"]),
    area: enumParam(params, "area", CONTENT_AREAS),
    unitId: idParam(params, "unit"),
    villageId: idParam(params, "village"),
    pairingId: idParam(params, "pairing"),
    confirmation: enumParam(params, "confirmation", ["CONFIRMED"]),
    evidence: enumParam(params, "evidence", ["warned"]),
  };
}

/** The activities behind an activity count (each counts once), narrowed as the link asked. */
export async function ActivitySources({ context, params }: { context: DashboardContext; params: SearchParams }) {
  const db = await readDb();
  const options = activityOptions(params);
  const page = pageOf(params);
  const [t, ta, f, { rows, count }, narrowing] = await Promise.all([
    getTranslations("dashboard.sources"),
    getTranslations("areas"),
    getDayFormat(),
    activitySources(db, context.filter, options, page),
    narrowingNames(db, context.filter, options),
  ]);
  const pending = options.status === "SUBMITTED";
  const title = pending ? t("activities.pendingTitle") : t("activities.title");
  const chips = [
    ...(options.area ? [ta(options.area)] : []),
    ...narrowing,
    ...(options.confirmation ? [t("activities.confirmedOnly")] : []),
    ...(options.evidence ? [t("activities.warnedOnly")] : []),
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
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.date"), cell: (row) => f.day(shanghaiDay(row.date)), className: nowrapClass, card: "meta" },
          {
            header: t("columns.activity"),
            cell: (row) => (
              <Link href={`/activities/${row.id}`} className="text-brand-700 hover:underline">
                {row.title}
              </Link>
            ),
            card: "title",
          },
          pairingColumn(t("columns.pairing"), (row: (typeof rows)[number]) => row.pairing),
          { header: t("columns.area"), cell: (row) => ta(row.area), className: nowrapClass },
          { header: t("columns.confirmation"), cell: (row) => <ConfirmationBadge confirmation={row.confirmation} />, card: "badges" },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}
