// 年度考核 changes, all the organization department's: the settings, an adjustment with its reason,
// freezing a year (its results are stored and stop following the data) and unfreezing it.
import { writableUnits, writableVillages } from "@/server/scope";
import { AssessmentSettingsInput, settingsFromRow } from "@/domain/assessment";
import type { ActionDefinition } from "@/server/action-core";
import type { Tx } from "@/server/db-client";
import { NotFoundError, UserError } from "@/server/errors";
import { computeResults, loadAssessmentSettings, storedRow } from "./results";
import { AdjustmentInput, YearInput } from "./schemas";

async function refuseFrozen(tx: Tx, year: number) {
  if (await tx.assessmentYear.findUnique({ where: { year } })) throw new UserError("assessments.errors.frozen", { year });
}

export const updateAssessmentSettingsAction = {
  name: "assessment.settings",
  permission: "assessments.write",
  input: AssessmentSettingsInput,
  async run({ tx, input, audit }) {
    const before = await tx.assessmentSettings.findUnique({ where: { id: 1 } });
    const after = await tx.assessmentSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    audit({ entity: "AssessmentSettings", entityId: 1, before, after });
    return settingsFromRow(after);
  },
} satisfies ActionDefinition<typeof AssessmentSettingsInput, unknown>;

export const adjustScoreAction = {
  name: "assessment.adjust",
  permission: "assessments.write",
  input: AdjustmentInput,
  async run({ tx, user, input, audit }) {
    await refuseFrozen(tx, input.year);
    // Only a unit or village of the department's own region.
    const exists =
      input.subject === "unit" ? await tx.unit.findFirst({ where: { id: input.id, ...writableUnits(user) } }) : await tx.village.findFirst({ where: { id: input.id, ...writableVillages(user) } });
    if (!exists) throw new NotFoundError();
    const key = input.subject === "unit" ? { year_unitId: { year: input.year, unitId: input.id } } : { year_villageId: { year: input.year, villageId: input.id } };
    const before = await tx.assessment.findUnique({ where: key });
    const data = { adjustment: input.adjustment, adjustmentReason: input.reason };
    const after = await tx.assessment.upsert({
      where: key,
      create: {
        year: input.year,
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
  async run({ tx, user, input: { year }, audit }) {
    await refuseFrozen(tx, year);
    const settings = await loadAssessmentSettings(tx);
    const results = await computeResults(tx, year, settings);
    const all = [...results.units, ...results.villages];
    if (all.length === 0) throw new UserError("assessments.errors.nothingToFreeze", { year });
    for (const r of all) {
      const row = storedRow(year, r);
      const key = r.subject === "unit" ? { year_unitId: { year, unitId: r.id } } : { year_villageId: { year, villageId: r.id } };
      await tx.assessment.upsert({ where: key, create: row, update: row });
    }
    const frozen = await tx.assessmentYear.create({ data: { year, frozenAt: new Date(), frozenByName: user.displayName, settings: JSON.stringify(settings) } });
    audit({ entity: "AssessmentYear", entityId: year, after: { ...frozen, units: results.units.length, villages: results.villages.length } });
    return { year };
  },
} satisfies ActionDefinition<typeof YearInput, { year: number }>;

export const unfreezeYearAction = {
  name: "assessment.unfreeze",
  permission: "assessments.write",
  input: YearInput,
  async run({ tx, input: { year }, audit }) {
    const before = await tx.assessmentYear.findUnique({ where: { year } });
    if (!before) throw new UserError("assessments.errors.notFrozen", { year });
    await tx.assessmentYear.delete({ where: { year } });
    // The stored scores go with the freeze; the adjustments and their reasons stay.
    await tx.assessment.updateMany({ where: { year }, data: { measures: null, grade: null, rank: null } });
    audit({ entity: "AssessmentYear", entityId: year, before });
    return { year };
  },
} satisfies ActionDefinition<typeof YearInput, { year: number }>;
