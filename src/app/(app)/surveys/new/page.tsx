import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { parseSurveyRound } from "@/domain/survey";
import { first, type SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("surveys"))("newRound") };
}

/** A round is a month: choosing it opens the round, whose townships are then entered one by one. */
export default async function NewRoundPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("surveys.write");
  const t = await getTranslations("surveys");
  const typed = first((await searchParams).round);
  const round = parseSurveyRound(typed);
  if (round) redirect(`/surveys/${round}`);
  return (
    <>
      <PageHeader title={t("newRound")} />
      <form method="get" className="max-w-md space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <TextField
          label={t("fields.round")}
          name="round"
          type="month"
          placeholder="2011-07"
          defaultValue={typed ?? ""}
          required
          hint={t("hints.round")}
          error={typed !== undefined ? t("validation.round") : undefined}
        />
        <button type="submit" className={buttonClass("primary")}>
          {t("open")}
        </button>
      </form>
    </>
  );
}
