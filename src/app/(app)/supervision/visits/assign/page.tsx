import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ContactPointForm } from "@/features/supervision/components/contact-point-form";
import { leaderAccounts, pairingsWithLeaders } from "@/features/supervision/queries-visits";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("visits.assignTitle") };
}

export default async function AssignContactPointPage() {
  const user = await requirePermission("supervision.write");
  const t = await getTranslations("supervision");
  const [pairings, leaders] = await Promise.all([pairingsWithLeaders(db, user), leaderAccounts(db, user)]);
  return (
    <>
      <PageHeader title={t("visits.assignTitle")} />
      <ContactPointForm pairings={pairings} leaders={leaders} />
    </>
  );
}
