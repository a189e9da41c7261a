import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/server/current-user";
import { db } from "@/server/db";
import { listMyPairings } from "../queries";
import { PairingCards } from "./pairing-cards";

/**
 * "我的结对": the user's own pairings as cards with the days since their last verified activity —
 * a liaison's unit's, a village secretary's village's, a leader's contact points. Renders nothing
 * for the organization department, which has no pairings of its own (it uses /pairings).
 */
export async function MyPairings({ user }: { user: CurrentUser }) {
  if (user.role === "ADMIN") return null;
  const t = await getTranslations("pairings");
  const rows = await listMyPairings(db, user);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="my-pairings-title" className="mb-6">
      <h2 id="my-pairings-title" className="mb-2 font-semibold">
        {user.role === "LEADER" ? t("myContactPoints") : t("mine")}
      </h2>
      <PairingCards rows={rows} />
    </section>
  );
}
