// 年度考核 changes, all the organization department's, each for one campaign of its own region: the
// campaign's settings, an adjustment with its reason, freezing a year (its results are stored and
// stop following the data) and unfreezing it. A campaign of another region — even one below, which
// the department reads — is "not found".
import { writableCampaigns, writableUnits, writableVillages, type Writer } from "@/server/scope";
import { settingsFromRow } from "@/domain/assessment";
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { computeResults, loadAssessmentSettings, storedRow } from "./results";
import { AdjustmentInput, CampaignSettingsInput, YearInput } from "./schemas";

/** The campaign, if `user` may assess it (their own region's); otherwise NotFoundError. */
async function findCampaignToAssess(tx: Tx, user: Writer, campaignId: number) {
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, ...writableCampaigns(user) }, select: { id: true } });
  if (!campaign) throw new NotFoundError();
  return campaign;
}

async function refuseFrozen(tx: Tx, campaignId: number, year: number) {
  if (await tx.assessmentYear.findUnique({ where: { campaignId_year: { campaignId, year } } })) throw new UserError("assessments.errors.frozen", { year });
}

export const updateAssessmentSettingsAction = {
  name: "assessment.settings",
  permission: "assessments.write",
  input: CampaignSettingsInput,
  async run({ tx, user, input: { campaignId, ...input }, audit }) {
    await findCampaignToAssess(tx, user, campaignId);
    const before = await tx.assessmentSettings.findUnique({ where: { campaignId } });
    const after = await tx.assessmentSettings.upsert({ where: { campaignId }, create: { campaignId, ...input }, update: input });
    audit({ entity: "AssessmentSettings", entityId: campaignId, before, after });
    return settingsFromRow(after);
  },
} satisfies ActionDefinition<typeof CampaignSettingsInput, unknown>;

export const adjustScoreAction = {
  name: "assessment.adjust",
  permission: "assessments.write",
  input: AdjustmentInput,
  async run({ tx, user, input, audit }) {
    const { campaignId, year } = input;
    await findCampaignToAssess(tx, user, campaignId);
    await refuseFrozen(tx, campaignId, year);
    // Only a unit or village of the department's own region, paired in the campaign.
    const paired = { pairings: { some: { campaignId } } };
    const exists =
      input.subject === "unit"
        ? await tx.unit.findFirst({ where: { id: input.id, ...writableUnits(user), ...paired } })
        : await tx.village.findFirst({ where: { id: input.id, ...writableVillages(user), ...paired } });
    if (!exists) throw new NotFoundError();
    const key =
      input.subject === "unit" ? { campaignId_year_unitId: { campaignId, year, unitId: input.id } } : { campaignId_year_villageId: { campaignId, year, villageId: input.id } };
    const before = await tx.assessment.findUnique({ where: key });
    const data = { adjustment: input.adjustment, adjustmentReason: input.reason };
    const after = await tx.assessment.upsert({
      where: key,
      create: {
        campaignId,
        year,
        subject: input.subject === "unit" ? "UNIT" : "VILLAGE",
        ...(input.subject === "unit" ? { unitId: input.id } : { villageId: input.id }),
        ...data,
      },
      update: data,
    });
    audit({ entity: "Assessment", entityId: after.id, before, after });
    return { id: after.id };
  },
} satisfies ActionDefinition<typeof AdjustmentInput, { id: number }>;

export const freezeYearAction = {
  name: "assessment.freeze",
  permission: "assessments.write",
  input: YearInput,
  async run({ tx, user, input: { campaignId, year }, audit }) {
    await findCampaignToAssess(tx, user, campaignId);
    await refuseFrozen(tx, campaignId, year);
    const settings = await loadAssessmentSettings(tx, campaignId);
    const results = await computeResults(tx, campaignId, year, settings);
    const all = [...results.units, ...results.villages];
    if (all.length === 0) throw new UserError("assessments.errors.nothingToFreeze", { year });
    for (const r of all) {
      const row = storedRow(campaignId, year, r);
      const key =
        r.subject === "unit" ? { campaignId_year_unitId: { campaignId, year, unitId: r.id } } : { campaignId_year_villageId: { campaignId, year, villageId: r.id } };
      await tx.assessment.upsert({ where: key, create: row, update: row });
    }
    const frozen = await tx.assessmentYear.create({ data: { campaignId, year, frozenAt: new Date(), frozenByName: user.displayName, settings: JSON.stringify(settings) } });
    audit({ entity: "AssessmentYear", entityId: frozen.id, after: { ...frozen, units: results.units.length, villages: results.villages.length } });
    return { year };
  },
} satisfies ActionDefinition<typeof YearInput, { year: number }>;

export const unfreezeYearAction = {
  name: "assessment.unfreeze",
  permission: "assessments.write",
  input: YearInput,
  async run({ tx, user, input: { campaignId, year }, audit }) {
    await findCampaignToAssess(tx, user, campaignId);
    const before = await tx.assessmentYear.findUnique({ where: { campaignId_year: { campaignId, year } } });
    if (!before) throw new UserError("assessments.errors.notFrozen", { year });
    await tx.assessmentYear.delete({ where: { id: before.id } });
    // The stored scores go with the freeze; the adjustments and their reasons stay.
    await tx.assessment.updateMany({ where: { campaignId, year }, data: { measures: null, grade: null, rank: null } });
    audit({ entity: "AssessmentYear", entityId: before.id, before });
    return { year };
  },
} satisfies ActionDefinition<typeof YearInput, { year: number }>;
