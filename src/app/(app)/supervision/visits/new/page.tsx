import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { todayInShanghai } from "@/domain/days";
import { VisitForm } from "@/features/supervision/components/visit-form";
import { recordPairingPicker } from "@/features/pairings";
import { leaderNames } from "@/features/supervision/queries-visits";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("visits.newTitle") };
}

export default async function NewVisitPage() {
  const user = await requirePermission("supervision.write");
  const t = await getTranslations("supervision");
  const [pairings, leaders] = await Promise.all([recordPairingPicker(db, user), leaderNames(db, user)]);
  return (
    <>
      <PageHeader title={t("visits.newTitle")} />
      <VisitForm pairings={pairings} leaders={leaders} today={todayInShanghai()} />
    </>
  );
}
