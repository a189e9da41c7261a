// Which campaign's pairings a page counts. Kept apart from visibility.ts (who may see a row): a
// campaign narrows what is shown, it grants nothing. `undefined` is "all campaigns".
import type { Prisma } from "@/generated/sqlite/client";

export type CampaignChoice = number | undefined;

/** The pairing condition for the chosen campaign, or nothing for all campaigns (so no column is added). */
export function inCampaign(campaignId: CampaignChoice): Pick<Prisma.PairingWhereInput, "campaignId"> {
  return campaignId === undefined ? {} : { campaignId };
}
