import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { LeaderFigures } from "@/features/dashboard";
import { listMyPairings } from "@/features/pairings";
import { MyContactPoints } from "@/features/supervision";
import { workQueuesFor } from "../queries";
import { WorkQueueCard } from "./work-queue-card";

/** What waits for the signed-in user, by role. */
export async function WorkQueues({ user }: { user: CurrentUser }) {
  if (user.role === "LEADER") {
    return (
      <div className="space-y-6">
        <MyContactPoints user={user} />
        <LeaderFigures user={user} />
      </div>
    );
  }
  const queues = await workQueuesFor(db, user);
  return (
    <div className="space-y-6">
      {user.role === "LIAISON" && <MyPairings user={user} />}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {queues.map((queue) => (
          <WorkQueueCard key={queue.key} queue={queue} />
        ))}
      </div>
    </div>
  );
}

/** The liaison's pairings, each with the shortest way to record an activity for it. */
async function MyPairings({ user }: { user: CurrentUser }) {
  const t = await getTranslations("home");
  const pairings = (await listMyPairings(db, user)).filter((p) => p.status === "ACTIVE");
  return (
    <section aria-labelledby="my-pairings" className="rounded-lg border border-stone-200 bg-white p-4" data-testid="my-pairings">
      <h2 id="my-pairings" className="mb-2 font-semibold">
        {t("myPairings.title")}
      </h2>
      {pairings.length === 0 ? (
        <p className="text-sm text-stone-500">{t("myPairings.empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {pairings.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/pairings/${p.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                {p.village.township.name}
                {p.village.name}
              </Link>
              <span className="flex gap-2">
                <LinkButton href={`/activities/new?pairing=${p.id}`} variant="primary">
                  {t("myPairings.record")}
                </LinkButton>
                <LinkButton href={`/pledges/new?pairing=${p.id}`}>{t("myPairings.pledge")}</LinkButton>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
