import { getTranslations } from "next-intl/server";
import { writableTownships } from "@/server/scope";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseId } from "@/domain/ids";
import { todayInShanghai } from "@/domain/days";
import { parseSurveyRound } from "@/domain/survey";
import { EntryTable } from "@/features/surveys/components/entry-table";
import { roundLabel } from "@/features/surveys/components/round-label";
import { townshipEntry } from "@/features/surveys/queries";
import { shanghaiDay } from "@/lib/dates";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

type Props = { params: Promise<{ round: string; id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveyEntryPage({ params }: Props) {
  const user = await requirePermission("surveys.write");
  const { round: rawRound, id } = await params;
  const round = parseSurveyRound(rawRound);
  const townshipId = parseId(id);
  if (!round || !townshipId) notFound();
  const township = await townshipEntry(db, round, townshipId, writableTownships(user));
  if (!township) notFound();
  const t = await getTranslations("surveys");
  const roundText = roundLabel(t, round);
  const text = (n: number | undefined) => (n === undefined ? "" : String(n));
  return (
    <>
      <PageHeader title={t("entry.title", { round: roundText, township: township.name })} />
      {township.villages.length === 0 ? (
        <EmptyState title={t("entry.noVillages")} />
      ) : (
        <EntryTable
          round={round}
          roundText={roundText}
          townshipId={township.id}
          today={todayInShanghai()}
          takenOn={township.takenOn ? shanghaiDay(township.takenOn) : ""}
          villages={township.villages.map((v) => ({
            id: v.id,
            name: v.name,
            counts: { respondents: text(v.survey?.respondents), satisfiedVillageOrg: text(v.survey?.satisfiedVillageOrg), satisfiedPairing: text(v.survey?.satisfiedPairing) },
          }))}
        />
      )}
    </>
  );
}
