// 双向确认: the village confirms or disputes what a unit reported for it — an activity once reported,
// a pledge once fulfilled. The same decision, the same input and the same reset for both.
import { z } from "zod";
import type { Confirmation } from "@/generated/sqlite/enums";
import { optionalText } from "@/lib/form-fields";
import { recordId } from "./ids";

export const CONFIRMATIONS = ["PENDING", "CONFIRMED", "DISPUTED"] as const satisfies readonly Confirmation[];

/** A changed record is no longer what the village confirmed or disputed: ask again. */
export const CONFIRMATION_RESET = { confirmation: "PENDING", confirmationComment: null, confirmedAt: null, confirmedById: null } as const;

/** The village's decision: confirm, or dispute with a comment saying what is wrong. */
export const ConfirmationInput = z
  .object({
    id: recordId(),
    decision: z.enum(["CONFIRMED", "DISPUTED"], { error: "validation.choose" }),
    comment: optionalText(500),
  })
  .refine((v) => v.decision !== "DISPUTED" || v.comment !== "", { error: "validation.required", path: ["comment"] });
