import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
// The client entry (pure zod for the file field): the pledge forms import this module in the browser.
import { uploadedFiles } from "@/features/attachments/client";
import { calendarDay } from "@/domain/days";
import { chosenRecordId, recordId } from "@/domain/ids";
import { optionalText, requiredText } from "@/lib/form-fields";

export const PLEDGE_STATUSES = ["PROMISED", "IN_PROGRESS", "FULFILLED"] as const;
export const PLEDGER_KINDS = ["MEMBER", "ORGANIZATION"] as const;
export const PLEDGE_RATINGS = ["GOOD", "FAIRLY_GOOD", "AVERAGE", "POOR"] as const;

const pledgeFields = {
  pairingId: chosenRecordId(),
  pledgerKind: z.enum(PLEDGER_KINDS, { error: "validation.choose" }),
  /** A party member's name; for the organization it may stay blank (the unit's party organization). */
  pledgerName: optionalText(50),
  content: requiredText(500),
  dueDate: calendarDay(),
};

const memberNamed = (v: { pledgerKind: string; pledgerName: string }) => v.pledgerKind !== "MEMBER" || v.pledgerName !== "";
const memberNameRule = { error: "validation.required", path: ["pledgerName"] };

export const PledgeInput = z.object(pledgeFields).refine(memberNamed, memberNameRule);

export const PledgeUpdateInput = z.object({ ...pledgeFields, id: recordId(), version: editedVersion() }).refine(memberNamed, memberNameRule);

export const PledgeIdInput = z.object({ id: recordId() });

/** 践诺: when and how, with photos or files as evidence (checked like an activity's). */
export const PledgeFulfilInput = z.object({ id: recordId(), fulfilledAt: calendarDay(), evidence: requiredText(1000), files: uploadedFiles() });
export type PledgeFulfilFields = z.infer<typeof PledgeFulfilInput>;

export const PledgeReviewInput = z.object({
  id: recordId(),
  rating: z.enum(PLEDGE_RATINGS, { error: "validation.choose" }),
  comment: optionalText(500),
});

export type PledgeFields = z.output<typeof PledgeInput>;
