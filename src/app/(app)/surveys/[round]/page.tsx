import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { parseSurveyRound } from "@/domain/survey";
import { ExportLinks } from "@/features/exports/components/export-links";
import { roundLabel } from "@/features/surveys/components/round-label";
import { RoundView } from "@/features/surveys/components/round-view";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

type Props = { params: Promise<{ round: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveyRoundPage({ params, searchParams }: Props) {
  const user = await requirePermission("surveys.read");
  const round = parseSurveyRound((await params).round);
  if (!round) notFound();
  const t = await getTranslations("surveys");
  return (
    <>
      <PageHeader
        title={t("roundTitle", { round: roundLabel(t, round) })}
        description={t("description")}
        actions={
          <>
            <ExportLinks list="surveys" params={{ round }} />
            <LinkButton href="/surveys">{t("rounds.title")}</LinkButton>
          </>
        }
      />
      <RoundView round={round} params={await searchParams} user={user} />
    </>
  );
}
