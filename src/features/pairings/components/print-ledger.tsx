import { countArg } from "@/lib/counts";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CONTENT_AREAS } from "@/lib/content-areas";
import { formatRate, indicatorLabel, indicatorValueText } from "@/domain/format";
import { fromShanghaiDay } from "@/lib/dates";
import { lightUrl } from "@/features/attachments";
import type { Ledger, LedgerEntry } from "../ledger";
import { PrintButton } from "./print-button";
import { PRINT_LEDGER_CSS } from "./print-ledger-style";

type Of<K extends LedgerEntry["kind"]> = Extract<LedgerEntry, { kind: K }>;

/**
 * The ledger as it is filed (共建工作台帐): A4, numbered sections, ruled tables, in date order,
 * verified activities only. No navigation: the page stands alone and prints as it shows.
 */
export async function PrintLedger({ ledger }: { ledger: Ledger }) {
  const t = await getTranslations("pairings.print");
  const tl = await getTranslations("pairings.ledger");
  const tp = await getTranslations("pairings");
  const ta = await getTranslations("areas");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const { pairing, summary } = ledger;
  // Filed in the order things happened.
  const chronological = [...ledger.entries].reverse();
  const of = <K extends LedgerEntry["kind"]>(kind: K) => chronological.filter((e): e is Of<K> => e.kind === kind);
  const activities = of("activity");
  const pledges = of("pledge");
  const visits = of("visit");
  const inspections = of("inspection");
  const surveys = of("survey");
  const leader = pairing.contactLeaderName || pairing.contactLeader?.displayName || tc("none");

  return (
    <>
      <style>{PRINT_LEDGER_CSS}</style>
      <main>
        <div className="no-print mx-auto flex max-w-[210mm] items-center justify-between gap-2 px-4 pt-4">
          <a href={`/pairings/${pairing.id}`} className="text-sm text-brand-700 hover:underline">
            {t("backToLedger")}
          </a>
          <PrintButton />
        </div>
        <article className="ledger-sheet" data-testid="print-ledger">
          <h1>{t("title", { unit: pairing.unit.name, village: pairing.village.name })}</h1>
          <p className="ledger-meta">{t("meta", { township: pairing.village.township.name, date: day(new Date()) })}</p>

          <h2>{t("sections.basics")}</h2>
          <table>
            <Columns widths={[17, 33, 17, 33]} />
            <tbody>
              <Row cells={[[tp("fields.unit"), pairing.unit.name], [t("unitPartyOrg"), pairing.unit.partyOrgName || "—"]]} />
              <Row cells={[[t("unitSecretary"), pairing.unit.secretary || "—"], [t("unitMembers"), pairing.unit.memberCount ?? "—"]]} />
              <Row cells={[[tp("fields.village"), pairing.village.name], [tp("fields.township"), pairing.village.township.name]]} />
              <Row cells={[[t("villageSecretary"), pairing.village.secretary || "—"], [t("villageFigures"), t("villageFiguresValue", { households: countArg(pairing.village.households), population: countArg(pairing.village.population), members: countArg(pairing.village.memberCount) })]]} />
              <Row
                cells={[
                  [tp("fields.period"), pairing.endDate ? tp("periodEnded", { start: day(pairing.startDate), end: day(pairing.endDate) }) : tp("since", { date: day(pairing.startDate) })],
                  [tp("fields.contactLeader"), leader],
                ]}
              />
              <tr>
                <th scope="row">{tp("fields.goals")}</th>
                <td colSpan={3}>{pairing.goals || "—"}</td>
              </tr>
            </tbody>
          </table>

          <h2>{t("sections.summary")}</h2>
          <div className="ledger-scroll">
            <table>
              <thead>
                <tr>
                  {CONTENT_AREAS.map((area) => (
                    <th key={area}>{ta(area)}</th>
                  ))}
                  <th>{t("total")}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  {CONTENT_AREAS.map((area) => (
                    <td key={area} className="num">
                      {summary.areaCounts[area]}
                    </td>
                  ))}
                  <td className="num">{summary.verifiedCount}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>{summary.lastVerifiedAt ? t("lastVerified", { date: day(summary.lastVerifiedAt), days: summary.daysSinceLastVerified ?? 0, reference: day(fromShanghaiDay(summary.idleReferenceDay)) }) : tl("noVerified")}</p>
          <p>{t("pledgeSummary", { total: summary.pledgeCount, fulfilled: summary.pledgesFulfilled, overdue: summary.pledgesOverdue })}</p>

          <LedgerTable title={t("sections.activities")} widths={[6, 14, 13, 31, 12, 24]} headings={[t("no"), t("date"), t("area"), t("activity"), t("participants"), t("results")]} empty={activities.length === 0 ? t("noRecords") : null}>
            {activities.map(({ activity }, i) => [
              <tr key={activity.id}>
                <td className="num">{i + 1}</td>
                <td className="date">{day(activity.date)}</td>
                <td>{ta(activity.area)}</td>
                <td>
                  <strong>{activity.title}</strong>
                  {activity.place && <span className="muted">{t("place", { place: activity.place })}</span>}
                  {activity.description && <div>{activity.description}</div>}
                </td>
                <td className="num lines">{t("participantsValue", { unit: countArg(activity.unitParticipants), village: countArg(activity.villageParticipants) })}</td>
                <td>{activity.values.map((v) => `${indicatorLabel(v.indicator, locale)} ${indicatorValueText(v.indicator, v.value, locale)}`).join(t("listSeparator")) || "—"}</td>
              </tr>,
              activity.attachments.length > 0 && (
                <tr key={`${activity.id}-photos`} className="photos">
                  <td colSpan={6}>
                    <ul aria-label={t("photos")}>
                      {activity.attachments.map((photo) => (
                        <li key={photo.id}>
                          {/* A plain img from the authenticated route, loaded at once: the sheet may be printed right away. */}
                          {/* eslint-disable-next-line @next/next/no-img-element */}
                          <img src={lightUrl(photo, "thumb")} alt={photo.fileName} />
                        </li>
                      ))}
                    </ul>
                    {activity._count.attachments > activity.attachments.length && (
                      <p className="muted">{t("morePhotos", { total: activity._count.attachments, shown: activity.attachments.length })}</p>
                    )}
                  </td>
                </tr>
              ),
            ])}
          </LedgerTable>

          <LedgerTable title={t("sections.pledges")} widths={[6, 15, 31, 18, 12, 18]} headings={[t("no"), t("pledger"), t("pledgeContent"), t("pledgeDates"), t("state"), t("review")]} empty={pledges.length === 0 ? t("noRecords") : null}>
            {pledges.map(({ pledge }, i) => (
              <tr key={pledge.id}>
                <td className="num">{i + 1}</td>
                <td>{t(`pledgerValue.${pledge.pledgerKind}`, { name: pledge.pledgerName })}</td>
                <td>{pledge.content}</td>
                <td className="date">
                  {t("madeOn", { date: day(pledge.createdAt) })}
                  <br />
                  {tl("dueDate", { date: day(pledge.dueDate) })}
                </td>
                <td className="num">
                  {tl(`pledgeStatus.${pledge.status}`)}
                  {pledge.overdue && <div>{tl("overdue")}</div>}
                </td>
                <td>{pledge.review ? `${tl(`rating.${pledge.review.rating}`)}${pledge.review.comment ? t("reviewComment", { comment: pledge.review.comment }) : ""}` : "—"}</td>
              </tr>
            ))}
          </LedgerTable>

          <LedgerTable title={t("sections.visits")} widths={[6, 16, 18, 60]} headings={[t("no"), t("date"), t("leader"), t("visitNotes")]} empty={visits.length === 0 ? t("noRecords") : null}>
          {visits.map(({ visit }, i) => (
            <tr key={visit.id}>
              <td className="num">{i + 1}</td>
              <td className="date">{day(visit.date)}</td>
              <td>{visit.leaderName}</td>
              <td>{visit.notes || "—"}</td>
            </tr>
          ))}
          </LedgerTable>

          <LedgerTable title={t("sections.inspections")} widths={[6, 14, 18, 30, 32]} headings={[t("no"), t("date"), t("inspection"), t("findings"), t("rectification")]} empty={inspections.length === 0 ? t("noRecords") : null}>
            {inspections.map(({ inspection }, i) => (
              <tr key={inspection.id}>
                <td className="num">{i + 1}</td>
                <td className="date">{day(inspection.date)}</td>
                <td>
                  {tl(`inspectionKind.${inspection.kind}`)}
                  <div className="muted">{inspection.inspectors}</div>
                </td>
                <td>{inspection.findings || "—"}</td>
                <td>
                  {inspection.rectifications.length === 0
                    ? "—"
                    : inspection.rectifications.map((r) => (
                        <div key={r.id}>
                          {t("rectificationLine", {
                            description: r.description,
                            status: tl(`rectificationStatus.${r.status}`),
                            when: r.closedAt ? t("closedOn", { date: day(r.closedAt) }) : t("dueOn", { date: day(r.dueDate) }),
                          })}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </LedgerTable>

          <LedgerTable title={t("sections.surveys")} widths={[22, 18, 30, 30]} headings={[t("surveyPeriod"), t("respondents"), t("satisfiedVillageOrg"), t("satisfiedPairing")]} empty={surveys.length === 0 ? t("noRecords") : null}>
          {surveys.map(({ survey }) => (
            <tr key={survey.id}>
              <td className="num">{survey.period}</td>
              <td className="num">{survey.respondents}</td>
              <td className="num">{t("satisfiedValue", { count: survey.satisfiedVillageOrg, rate: formatRate(survey.satisfiedVillageOrg, survey.respondents) })}</td>
              <td className="num">{t("satisfiedValue", { count: survey.satisfiedPairing, rate: formatRate(survey.satisfiedPairing, survey.respondents) })}</td>
            </tr>
          ))}
          </LedgerTable>

          <p className="muted">{t("verifiedOnlyNote")}</p>
          <div className="signoff">
            <span>{t("signUnit")}</span>
            <span>{t("signVillage")}</span>
            <span>{t("signDate")}</span>
          </div>
        </article>
      </main>
    </>
  );
}

/** A table row of two label–value pairs. */
function Row({ cells }: { cells: [string, ReactNode][] }) {
  return (
    <tr>
      {cells.map(([label, value]) => [
        <th key={`${label}-h`} scope="row">
          {label}
        </th>,
        <td key={`${label}-d`}>{value}</td>,
      ])}
    </tr>
  );
}

/** One numbered section of the ledger: a bordered table, or a line saying it has no records. */
function LedgerTable({ title, widths, headings, empty, children }: { title: string; widths: number[]; headings: string[]; empty: string | null; children: ReactNode }) {
  return (
    <>
      <h2>{title}</h2>
      <div className="ledger-scroll">
        <table>
          <Columns widths={widths} />
          <thead>
            <tr>
              {headings.map((heading) => (
                <th key={heading}>{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {empty && (
              <tr>
                <td colSpan={headings.length} className="num muted">
                  {empty}
                </td>
              </tr>
            )}
            {children}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The columns' shares of the sheet's width, in per cent: the fixed layout keeps to them. */
function Columns({ widths }: { widths: number[] }) {
  return (
    <colgroup>
      {widths.map((width, i) => (
        <col key={i} style={{ width: `${width}%` }} />
      ))}
    </colgroup>
  );
}
