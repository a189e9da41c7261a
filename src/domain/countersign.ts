// 双向确认: the village confirms or disputes what a unit reported for it — an activity once reported,
// a pledge once fulfilled. The same decision, the same input and the same reset for both.
import { z } from "zod";
import type { Confirmation } from "@/generated/sqlite/enums";
import { optionalText, requiredText } from "@/lib/form-fields";
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

// A village's dispute goes to the organization department, which resolves it: it upholds the
// record with a note (the activity keeps counting), or returns the activity to the liaison with
// the note as the reason (a verified one leaves the official figures until verified again).
// Until then the dispute is open: in the department's and the liaison's queues, and shown apart
// on the dashboard.
export const DISPUTE_OUTCOMES = ["UPHOLD", "RETURN"] as const;

type Disputable = { confirmation: Confirmation; disputeResolvedAt: Date | null };

export const isDisputeOpen = (a: Disputable) => a.confirmation === "DISPUTED" && a.disputeResolvedAt === null;

/** Selects exactly the rows `isDisputeOpen` accepts. */
export const openDisputeWhere = { confirmation: "DISPUTED", disputeResolvedAt: null } as const;

export const DisputeResolutionInput = z.object({
  id: recordId(),
  outcome: z.enum(DISPUTE_OUTCOMES, { error: "validation.choose" }),
  note: requiredText(500),
});
