import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { parseDay } from "@/domain/days";
import { first, type SearchParams } from "@/lib/list-params";
import { readDb } from "@/server/read-db";
import type { DashboardContext } from "../../context";
import { getDayFormat } from "../../day-format";
import { inspectionSources, leaderVisitSources, openRectificationSources } from "../../queries/sources/record-sources";
import { nowrapClass, pageOf, pairingColumn, SourcePage, SourceTable } from "./source-page";

type Props = { context: DashboardContext; params: SearchParams };

function Total({ value, unit }: { value: string; unit: string }) {
  return (
    <>
      <strong className="text-lg text-brand-700 tabular-nums" data-testid="source-total">
        {value}
      </strong>{" "}
      {unit}
    </>
  );
}

/** The leaders' visits to their contact points (市委常委深入联系点). */
export async function VisitSources({ context, params }: Props) {
  const db = await readDb();
  const page = pageOf(params);
  const [t, f, { rows, count }] = await Promise.all([getTranslations("dashboard.sources"), getDayFormat(), leaderVisitSources(db, context.filter, page)]);
  return (
    <SourcePage
      context={context}
      title={t("visits.title")}
      description={t("visits.description")}
      summary={
        <>
          {t("visits.summary")} <Total value={f.count(count)} unit={t("visits.unit")} />
        </>
      }
    >
      <SourceTable
        caption={t("visits.title")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.date"), cell: (row) => f.date(row.date), className: nowrapClass, card: "meta" },
          { header: t("columns.leader"), cell: (row) => row.leaderName, className: nowrapClass, card: "title" },
          pairingColumn(t("columns.pairing"), (row: (typeof rows)[number]) => row.pairing),
          { header: t("columns.notes"), cell: (row) => row.notes || "—", className: "min-w-56" },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}

/** The inspections (督查指导), with the pairings each covered that the viewer may see. */
export async function InspectionSources({ context, params }: Props) {
  const db = await readDb();
  const page = pageOf(params);
  const [t, f, { rows, count }] = await Promise.all([getTranslations("dashboard.sources"), getDayFormat(), inspectionSources(db, context.filter, page)]);
  return (
    <SourcePage
      context={context}
      title={t("inspections.title")}
      description={t("inspections.description")}
      summary={
        <>
          {t("inspections.summary")} <Total value={f.count(count)} unit={t("inspections.unit")} />
        </>
      }
    >
      <SourceTable
        caption={t("inspections.title")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.date"), cell: (row) => f.date(row.date), className: nowrapClass, card: "meta" },
          { header: t("columns.kind"), cell: (row) => t(`inspectionKind.${row.kind}`), className: nowrapClass, card: "title" },
          { header: t("columns.inspectors"), cell: (row) => row.inspectors },
          {
            header: t("columns.covered"),
            cell: (row) => (
              <details>
                <summary className="cursor-pointer text-brand-700">{t("inspections.covered", { count: row.pairings.length })}</summary>
                <ul className="mt-1 space-y-0.5 text-xs">
                  {row.pairings.map(({ pairing }) => (
                    <li key={pairing.id}>
                      <Link href={`/pairings/${pairing.id}`} className="text-brand-700 hover:underline">
                        {pairing.unit.name} — {pairing.village.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            ),
          },
          { header: t("columns.findings"), cell: (row) => row.findings || "—", className: "min-w-64" },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}

const RECTIFICATION_TONES = { OPEN: "red", IN_PROGRESS: "amber", REPORTED: "amber", CLOSED: "green" } as const;

/** Rectification items raised by the period's inspections that are not closed yet. */
export async function RectificationSources({ context, params }: Props) {
  const db = await readDb();
  const page = pageOf(params);
  // "overdue=<day>": the card's overdue figure of that day, so the list and the figure select the same rows.
  const overdueOn = parseDay(first(params.overdue));
  const [t, f, { rows, count }] = await Promise.all([getTranslations("dashboard.sources"), getDayFormat(), openRectificationSources(db, context.filter, page, overdueOn)]);
  return (
    <SourcePage
      context={context}
      title={overdueOn ? t("rectifications.overdueTitle") : t("rectifications.title")}
      description={overdueOn ? t("rectifications.overdueDescription", { day: overdueOn }) : t("rectifications.description")}
      summary={
        <>
          {t("rectifications.summary")} <Total value={f.count(count)} unit={t("rectifications.unit")} />
        </>
      }
    >
      <SourceTable
        caption={t("rectifications.title")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: t("columns.rectification"), cell: (row) => row.description, className: "min-w-56", card: "title" },
          pairingColumn(t("columns.pairing"), (row: (typeof rows)[number]) => row.pairing),
          { header: t("columns.inspectionDate"), cell: (row) => f.date(row.inspection.date), className: nowrapClass },
          { header: t("columns.dueDate"), cell: (row) => f.date(row.dueDate), className: nowrapClass },
          { header: t("columns.status"), cell: (row) => <Badge tone={RECTIFICATION_TONES[row.status]}>{t(`rectificationStatus.${row.status}`)}</Badge>, card: "badges" },
        ]}
        count={count}
        params={params}
        page={page.page}
      />
    </SourcePage>
  );
}
