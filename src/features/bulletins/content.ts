// What a bulletin holds (Bulletin.content, JSON text): the figures and lists generated from the
// dashboard's queries, fixed when generated so that a published bulletin never changes, and the
// texts the organization department edits before publishing.
import { z } from "zod";
import { editedVersion } from "@/server/versioned-update";
import { optionalText, requiredText } from "@/lib/form-fields";
import { calendarDay } from "@/domain/days";
import { chosenRecordId, optionalRecordId, recordId } from "@/domain/ids";
import { shanghaiDay } from "@/lib/dates";

export type BulletinFigures = {
  pairingsInEffect: number;
  verified: number;
  pending: number;
  confirmed: number;
  pledges: number;
  pledgesFulfilled: number;
  openRectifications: number;
};

export type TownshipProgress = { name: string; pairings: number; active: number; verified: number; coverage: number };
export type BestUnit = { name: string; activities: number; coverage: number };
export type DormantPairing = { pairingId: number; unitName: string; villageName: string; townshipName: string; daysSince: number; lastEver: string | null };
export type OverdueItem = { id: number; text: string; who: string; unitName: string; villageName: string; dueDate: string };
export type Highlight = {
  activityId: number;
  title: string;
  date: string;
  unitName: string;
  villageName: string;
  area: string;
  /** The photo shown (its light copy), or null when the activity's photo is gone. */
  photo: { attachmentId: number; phoneKey: string | null; thumbKey: string | null; mimeType: string } | null;
};

/** The texts the department edits before publishing. */
export type BulletinTexts = { issuer: string; summary: string; closing: string; distribution: string };

export type BulletinContent = BulletinTexts & {
  period: { from: string; to: string };
  townshipName: string | null;
  figures: BulletinFigures;
  townships: TownshipProgress[];
  bestUnits: BestUnit[];
  dormant: { total: number; rows: DormantPairing[] };
  overduePledges: { total: number; rows: OverdueItem[] };
  overdueRectifications: { total: number; rows: OverdueItem[] };
  highlights: Highlight[];
};

/** How many rows each list of a bulletin shows (the total is always stated). */
export const LIST_LIMIT = 10;
export const BEST_UNITS = 5;
export const HIGHLIGHTS = 4;

export const parseContent = (text: string) => JSON.parse(text) as BulletinContent;

/** The campaign, the period (Shanghai days, both inclusive) and, optionally, one township. */
export const GenerateBulletinInput = z
  .object({
    from: calendarDay().transform(shanghaiDay),
    to: calendarDay().transform(shanghaiDay),
    townshipId: optionalRecordId(),
    /** A bulletin reports on one campaign: it is numbered among that campaign's bulletins. */
    campaignId: chosenRecordId(),
  })
  .refine((v) => v.from <= v.to, { error: "bulletins.validation.toBeforeFrom", path: ["to"] });

export const BulletinTextsInput = z.object({
  id: recordId(),
  version: editedVersion(),
  title: requiredText(100),
  issuer: requiredText(50),
  summary: requiredText(3000),
  closing: optionalText(3000),
  distribution: optionalText(300),
});

export const BulletinIdInput = z.object({ id: recordId() });
