import { z } from "zod";
import { chosenRecordId, recordId } from "@/domain/ids";
import { optionalText, requiredText, wholeNumber } from "@/lib/form-fields";

export const VillageInput = z
  .object({
    name: requiredText(50),
    townshipId: chosenRecordId(),
    secretary: optionalText(50),
    households: wholeNumber(100_000),
    population: wholeNumber(1_000_000),
    memberCount: wholeNumber(100_000),
    poorHouseholds: wholeNumber(100_000),
  })
  .refine((v) => v.poorHouseholds <= v.households, { error: "villages.validation.poorAboveHouseholds", path: ["poorHouseholds"] });

export const VillageUpdateInput = VillageInput.safeExtend({ id: recordId() });

export const VillageIdInput = z.object({ id: recordId() });

export type VillageInput = z.output<typeof VillageInput>;
