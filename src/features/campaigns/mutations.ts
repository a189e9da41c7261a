// What each campaign action does, on the one mutation path (server/action-core.ts). Exported as
// server actions from actions.ts; database tests run these definitions directly. A campaign belongs
// to the region of the department that runs it: an ADMIN creates and edits their own region's only.
import type { ActionDefinition } from "@/server/action-core";
import { NotFoundError } from "@/server/errors";
import { requireOwnRegionId, writableCampaigns } from "@/server/scope";
import { updateVersioned } from "@/server/versioned-update";
import { CampaignInput, CampaignUpdateInput } from "./schemas";

export const createCampaignAction = {
  name: "campaign.create",
  permission: "campaigns.write",
  input: CampaignInput,
  async run({ tx, user, input, audit }) {
    const campaign = await tx.campaign.create({ data: { ...input, regionId: requireOwnRegionId(user) } });
    audit({ entity: "Campaign", entityId: campaign.id, after: campaign });
    return { id: campaign.id };
  },
} satisfies ActionDefinition<typeof CampaignInput, { id: number }>;

export const updateCampaignAction = {
  name: "campaign.update",
  permission: "campaigns.write",
  input: CampaignUpdateInput,
  async run({ tx, user, input: { id, version, ...input }, audit }) {
    const before = await tx.campaign.findFirst({ where: { id, ...writableCampaigns(user) } });
    if (!before) throw new NotFoundError();
    const after = await updateVersioned<typeof before>(tx, "campaign", {
      id,
      version,
      data: input,
      labels: { name: "campaigns.fields.name", startsOn: "campaigns.fields.startsOn", endsOn: "campaigns.fields.endsOn", surveyPeriod: "campaigns.fields.surveyPeriod" },
    });
    audit({ entity: "Campaign", entityId: id, before, after });
    return { id };
  },
} satisfies ActionDefinition<typeof CampaignUpdateInput, { id: number }>;
