import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { chosenRecordId, recordId } from "@/domain/ids";
import { optionalText, requiredText, optionalWholeNumber } from "@/lib/form-fields";

/** A coordinate in decimal degrees as typed ("46.98"); blank is none. */
const degrees = (limit: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ error: "validation.number" }).min(-limit, { error: "validation.tooSmall" }).max(limit, { error: "validation.tooBig" }).nullable(),
  );

export const VillageInput = z
  .object({
    name: requiredText(50),
    townshipId: chosenRecordId(),
    secretary: optionalText(50),
    households: optionalWholeNumber(100_000),
    population: optionalWholeNumber(1_000_000),
    memberCount: optionalWholeNumber(100_000),
    poorHouseholds: optionalWholeNumber(100_000),
    // Where the village is, for the evidence check of where its photos were taken.
    latitude: degrees(90),
    longitude: degrees(180),
  })
  .refine((v) => v.poorHouseholds === null || v.households === null || v.poorHouseholds <= v.households, { error: "villages.validation.poorAboveHouseholds", path: ["poorHouseholds"] })
  .refine((v) => (v.latitude === null) === (v.longitude === null), { error: "villages.validation.bothCoordinates", path: ["longitude"] });

export const VillageUpdateInput = VillageInput.safeExtend({ id: recordId(), version: editedVersion() });

export const VillageIdInput = z.object({ id: recordId() });

export type VillageInput = z.output<typeof VillageInput>;
