import "server-only";
// The evidence checks' settings: the one row the organization department edits, or the defaults.
import { DEFAULT_EVIDENCE_SETTINGS, type EvidenceSettings, parsePhotoAreas } from "@/domain/evidence";
import type { DbOrTx } from "@/server/db-client";

export const SETTINGS_ID = 1;

export async function loadEvidenceSettings(db: DbOrTx): Promise<EvidenceSettings & { updatedAt: Date | null }> {
  const row = await db.evidenceSettings.findUnique({ where: { id: SETTINGS_ID } });
  if (!row) return { ...DEFAULT_EVIDENCE_SETTINGS, updatedAt: null };
  return { timeToleranceDays: row.timeToleranceDays, distanceKm: row.distanceKm, photoAreas: parsePhotoAreas(row.photoAreas), updatedAt: row.updatedAt };
}
