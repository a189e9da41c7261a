import { FactList } from "@/components/ui/fact-list";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { CurrentUser } from "@/server/current-user";
import { can } from "@/server/permissions";
import type { Ledger } from "../ledger";

/** Who is paired with whom in which campaign, since when, the contact leader and the goals. */
export async function LedgerHeader({ pairing, user }: { pairing: Ledger["pairing"]; user: CurrentUser }) {
  const t = await getTranslations("pairings");
  const tc = await getTranslations("common");
  const format = await getFormatter();
  // Registry pages are for staff; a village secretary reads the names without links.
  const linked = can(user.role, "registry.read");
  const link = (href: string, text: string) =>
    linked ? (
      <Link href={href} className="text-brand-700 hover:underline">
        {text}
      </Link>
    ) : (
      text
    );
  const leader = pairing.contactLeaderName || pairing.contactLeader?.displayName;
  const facts: [string, ReactNode][] = [
    [t("fields.campaignId"), pairing.campaign.name],
    [t("fields.unit"), link(`/units/${pairing.unit.id}`, pairing.unit.name)],
    [t("fields.village"), link(`/villages/${pairing.village.id}`, pairing.village.name)],
    [t("fields.township"), link(`/townships/${pairing.village.township.id}`, pairing.village.township.name)],
    [
      t("fields.period"),
      pairing.endDate
        ? t("periodEnded", { start: format.dateTime(pairing.startDate, { dateStyle: "long" }), end: format.dateTime(pairing.endDate, { dateStyle: "long" }) })
        : t("since", { date: format.dateTime(pairing.startDate, { dateStyle: "long" }) }),
    ],
    [t("fields.contactLeader"), leader || tc("none")],
    [t("fields.status"), <Badge key="status" tone={pairing.status === "ACTIVE" ? "green" : "neutral"}>{tc(`pairingStatus.${pairing.status}`)}</Badge>],
  ];
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-5" aria-label={t("ledger.headerLabel")}>
      <FactList facts={facts} className="grid-cols-2 lg:grid-cols-3" />
      <div className="mt-4 border-t border-stone-100 pt-3">
        <h2 className="text-xs text-stone-500">{t("fields.goals")}</h2>
        <p className="mt-1 text-sm whitespace-pre-line text-stone-900">{pairing.goals || t("noGoals")}</p>
      </div>
    </section>
  );
}
