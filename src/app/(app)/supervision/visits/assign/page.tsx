import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ContactPointForm } from "@/features/supervision/components/contact-point-form";
import { contactPointChoices, leaderAccounts } from "@/features/supervision/queries-visits";
import { PAIRING_SEARCH_LIMIT } from "@/features/pairings";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("supervision"))("visits.assignTitle") };
}

export default async function AssignContactPointPage() {
  const user = await requirePermission("supervision.write");
  const t = await getTranslations("supervision");
  // The first pairings only; the form's search asks the server for the rest.
  const [initial, leaders] = await Promise.all([contactPointChoices(db, user, ""), leaderAccounts(db, user)]);
  return (
    <>
      <PageHeader title={t("visits.assignTitle")} />
      <ContactPointForm pairings={{ initial, limit: PAIRING_SEARCH_LIMIT }} leaders={leaders} />
    </>
  );
}
