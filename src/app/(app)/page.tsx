import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { WorkQueues } from "@/features/work-queues/components/work-queues";
import { ClientMessages } from "@/i18n/client-messages";
import { requireUser } from "@/server/session";

/** Each role lands on what needs them: its work queues (a leader: the headline figures and the dashboard). */
export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("home");
  // The home page is the (app) group's own page, so it has no segment layout of its own.
  return (
    <ClientMessages segment="home">
      <PageHeader title={t("welcome", { name: user.displayName })} description={t(`intro.${user.role}`)} />
      <Suspense
        fallback={
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-busy>
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} className="h-56 w-full" />
            ))}
          </div>
        }
      >
        <WorkQueues user={user} />
      </Suspense>
    </ClientMessages>
  );
}
