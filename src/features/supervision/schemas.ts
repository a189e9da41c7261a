import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { calendarDay } from "@/domain/days";
import { chosenRecordId, optionalRecordId, recordId } from "@/domain/ids";
import { optionalText, requiredText } from "@/lib/form-fields";
import { uploadedFiles } from "@/features/attachments";
import { INSPECTION_KINDS } from "./kinds";


const idList = () => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(recordId()));

export const InspectionInput = z.object({
  date: calendarDay(),
  kind: z.enum(INSPECTION_KINDS, { error: "validation.choose" }),
  inspectors: requiredText(200),
  pairingIds: idList().refine((ids) => ids.length > 0, { error: "supervision.validation.pairingsRequired" }),
  findings: optionalText(2000),
});

export const RectificationInput = z.object({
  inspectionId: recordId(),
  pairingId: chosenRecordId(),
  description: requiredText(500),
  dueDate: calendarDay(),
});

/** 整改情况: what the unit did, with photos or files as evidence. */
export const RectificationReportInput = z.object({
  id: recordId(),
  version: editedVersion(),
  reportText: requiredText(2000),
  files: uploadedFiles(),
  removeAttachment: idList(),
});

/** 销号 after checking, with a note of what was checked. */
export const RectificationCloseInput = z.object({ id: recordId(), closureNote: requiredText(500) });

/** 退回: back to the unit, with the reason. */
export const RectificationReturnInput = z.object({ id: recordId(), returnReason: requiredText(500) });

export const VisitInput = z.object({
  date: calendarDay(),
  pairingId: chosenRecordId(),
  leaderName: requiredText(50),
  notes: requiredText(2000),
});

/** Makes a city leader the contact leader (联系点) of a pairing: a leader's account, or a name. */
export const ContactPointInput = z
  .object({ pairingId: chosenRecordId(), version: editedVersion(), leaderUserId: optionalRecordId(), leaderName: optionalText(50) })
  .refine((v) => v.leaderUserId !== undefined || v.leaderName !== "", { error: "supervision.validation.leaderRequired", path: ["leaderName"] });

export type InspectionFields = z.output<typeof InspectionInput>;
export type RectificationReportFields = z.output<typeof RectificationReportInput>;
