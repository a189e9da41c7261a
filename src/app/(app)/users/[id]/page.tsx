import { notFound } from "next/navigation";
import { UserDetail } from "@/features/users/components/user-detail";
import { getUser } from "@/features/users/queries";
import { db } from "@/server/db";
import { requirePermission } from "@/server/session";
import { pageId } from "@/server/page-params";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("users.read");
  const user = await getUser(db, await pageId(params));
  if (!user) notFound();
  return <UserDetail user={user} viewer={viewer} />;
}
