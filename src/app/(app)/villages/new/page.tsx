import { getTranslations } from "next-intl/server";
import { writableTownships } from "@/server/scope";
import { PageHeader } from "@/components/ui/page-header";
import { townshipOptions } from "@/features/townships/queries";
import { VillageForm } from "@/features/villages/components/village-form";
import { type SearchParams } from "@/lib/list-params";
import { idParam } from "@/domain/ids";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";

export default async function NewVillagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("registry.write");
  const t = await getTranslations("villages");
  return (
    <>
      <PageHeader title={t("new")} />
      <VillageForm townships={await townshipOptions(db, writableTownships(user))} townshipId={idParam(await searchParams, "townshipId")} />
    </>
  );
}
