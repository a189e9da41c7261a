import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { recordId } from "@/domain/ids";
import { checkbox, optionalText, requiredText, optionalWholeNumber } from "@/lib/form-fields";

export const UNIT_KINDS = ["ORGAN", "ENTERPRISE", "INSTITUTION"] as const;

export const UnitInput = z.object({
  name: requiredText(100),
  kind: z.enum(UNIT_KINDS, { error: "validation.choose" }),
  isWindowService: checkbox(),
  partyOrgName: optionalText(200),
  secretary: optionalText(50),
  phone: optionalText(30).refine((v) => v === "" || /^[0-9+\-() ]{5,30}$/.test(v), { error: "validation.phone" }),
  memberCount: optionalWholeNumber(100_000),
});

export const UnitUpdateInput = UnitInput.extend({ id: recordId(), version: editedVersion() });

export const UnitIdInput = z.object({ id: recordId() });

export type UnitInput = z.output<typeof UnitInput>;
