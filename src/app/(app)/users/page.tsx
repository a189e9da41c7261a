import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { LockedSignIns } from "@/features/users/components/sign-in-security";
import { UsersList } from "@/features/users/components/users-list";
import type { SearchParams } from "@/lib/list-params";
import { can } from "@/server/permissions";
import { requirePermission } from "@/server/session";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("users.read");
  const t = await getTranslations("users");
  // New accounts are the system administrator's; the security administrator comes here for roles.
  const newButton = can(viewer.role, "users.manage") ? <LinkButton href="/users/new" variant="primary">{t("new")}</LinkButton> : undefined;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newButton} />
      {can(viewer.role, "security.manage") && <LockedSignIns />}
      <UsersList params={await searchParams} />
    </>
  );
}
