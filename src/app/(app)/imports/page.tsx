import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ImportsIndex } from "@/features/imports/components/imports-index";
import { importableKinds } from "@/features/imports/queries";
import { requireUser } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportsPage() {
  const user = await requireUser();
  if (importableKinds(user).length === 0) forbidden();
  const t = await getTranslations("imports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ImportsIndex user={user} />
    </>
  );
}
