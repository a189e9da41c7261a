import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { UsersList } from "@/features/users/components/users-list";
import type { SearchParams } from "@/lib/list-params";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("users.manage");
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={<LinkButton href="/users/new" variant="primary">{t("new")}</LinkButton>} />
      <UsersList params={await searchParams} />
    </>
  );
}
