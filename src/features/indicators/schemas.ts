import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { recordId } from "@/domain/ids";
import { checkbox, requiredText, wholeNumber } from "@/lib/form-fields";

export const INDICATOR_GROUPS = ["ORGANIZATION", "RELATIONS", "DEVELOPMENT", "SUPERVISION"] as const;

export const IndicatorInput = z.object({
  code: requiredText(50).transform((v) => v.toLowerCase()),
  labelZh: requiredText(50),
  labelEn: requiredText(100),
  unitZh: requiredText(10),
  unitEn: requiredText(30),
  group: z.enum(INDICATOR_GROUPS, { error: "validation.choose" }),
  isMoney: checkbox(),
  sortOrder: wholeNumber(100_000),
});

export const IndicatorUpdateInput = IndicatorInput.extend({ id: recordId(), version: editedVersion() });

export const IndicatorIdInput = z.object({ id: recordId() });

export const IndicatorActiveInput = z.object({ id: recordId(), active: checkbox() });

export type IndicatorInput = z.output<typeof IndicatorInput>;
