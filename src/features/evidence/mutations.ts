// The organization department's settings of the evidence checks, on the one mutation path. A
// change applies at once to every activity not yet verified; a verified one keeps the warnings it
// was decided on.
import { EvidenceSettingsInput, formatPhotoAreas } from "@/domain/evidence";
import type { ActionDefinition } from "@/server/action-core";
import { loadEvidenceSettings, SETTINGS_ID } from "./settings";
import { recheckSettingsWarnings } from "./warnings";

export const updateEvidenceSettingsAction = {
  name: "evidence.settings",
  permission: "evidence.configure",
  input: EvidenceSettingsInput,
  async run({ tx, input, audit }) {
    const { updatedAt: _, ...before } = await loadEvidenceSettings(tx);
    const data = { timeToleranceDays: input.timeToleranceDays, distanceKm: input.distanceKm, photoAreas: formatPhotoAreas(input.photoAreas) };
    await tx.evidenceSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID, ...data }, update: data });
    const rechecked = await recheckSettingsWarnings(tx, {});
    audit({ entity: "EvidenceSettings", entityId: SETTINGS_ID, before, after: { ...input, rechecked } });
    return { rechecked };
  },
} satisfies ActionDefinition<typeof EvidenceSettingsInput, { rechecked: number }>;
