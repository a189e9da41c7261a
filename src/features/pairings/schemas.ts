import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { calendarDay, optionalCalendarDay } from "@/domain/days";
import { chosenRecordId, optionalRecordId, recordId } from "@/domain/ids";
import { optionalText } from "@/lib/form-fields";

export const PAIRING_STATUSES = ["ACTIVE", "ENDED"] as const;

/** The contact leader (市委常委联系点): a LEADER account, a named leader, or both (name and title as written). */
const contactLeader = {
  contactLeaderId: optionalRecordId(),
  contactLeaderName: optionalText(100),
};

export const PairingInput = z.object({
  /** Blank: the current campaign. */
  campaignId: optionalRecordId(),
  unitId: chosenRecordId(),
  villageId: chosenRecordId(),
  startDate: calendarDay(),
  goals: optionalText(2000),
  ...contactLeader,
});

// Unit and village are the pairing's identity and stay fixed; the end date is edited only on an
// ended pairing (ending one is its own action).
export const PairingUpdateInput = z
  .object({
    id: recordId(),
    version: editedVersion(),
    startDate: calendarDay(),
    endDate: optionalCalendarDay(),
    goals: optionalText(2000),
    ...contactLeader,
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { error: "pairings.validation.endBeforeStart", path: ["endDate"] });

export const EndPairingInput = z.object({ id: recordId(), endDate: calendarDay() });

export const PairingIdInput = z.object({ id: recordId() });

export type PairingInput = z.output<typeof PairingInput>;
