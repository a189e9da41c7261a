-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pairingId" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "unitParticipants" INTEGER,
    "villageParticipants" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" DATETIME,
    "verifiedAt" DATETIME,
    "verifiedById" INTEGER,
    "recordedById" INTEGER,
    "confirmation" TEXT NOT NULL DEFAULT 'PENDING',
    "confirmationComment" TEXT,
    "confirmedAt" DATETIME,
    "confirmedById" INTEGER,
    "disputeResolvedAt" DATETIME,
    "disputeResolvedById" INTEGER,
    "disputeNote" TEXT,
    "correctedAt" DATETIME,
    "correctionReason" TEXT,
    "evidenceCheckedAt" DATETIME,
    "verifiedWarnings" INTEGER NOT NULL DEFAULT 0,
    "verificationNote" TEXT,
    "importId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Activity_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Activity" ("area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "disputeNote", "disputeResolvedAt", "disputeResolvedById", "evidenceCheckedAt", "id", "importId", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verificationNote", "verifiedAt", "verifiedById", "verifiedWarnings", "villageParticipants") SELECT "area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "disputeNote", "disputeResolvedAt", "disputeResolvedById", "evidenceCheckedAt", "id", "importId", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verificationNote", "verifiedAt", "verifiedById", "verifiedWarnings", "villageParticipants" FROM "Activity";
DROP TABLE "Activity";
ALTER TABLE "new_Activity" RENAME TO "Activity";
CREATE INDEX "Activity_pairingId_date_idx" ON "Activity"("pairingId", "date");
CREATE INDEX "Activity_status_date_idx" ON "Activity"("status", "date");
CREATE INDEX "Activity_area_idx" ON "Activity"("area");
CREATE INDEX "Activity_date_idx" ON "Activity"("date");
CREATE INDEX "Activity_confirmation_idx" ON "Activity"("confirmation");
CREATE INDEX "Activity_submittedAt_idx" ON "Activity"("submittedAt");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "isWindowService" BOOLEAN NOT NULL DEFAULT false,
    "partyOrgName" TEXT NOT NULL DEFAULT '',
    "secretary" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "memberCount" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Unit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt") SELECT "createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");
CREATE INDEX "Unit_isWindowService_idx" ON "Unit"("isWindowService");
CREATE INDEX "Unit_sortKey_idx" ON "Unit"("sortKey");
CREATE TABLE "new_Village" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "townshipId" INTEGER NOT NULL,
    "secretary" TEXT NOT NULL DEFAULT '',
    "households" INTEGER,
    "population" INTEGER,
    "memberCount" INTEGER,
    "poorHouseholds" INTEGER,
    "latitude" REAL,
    "longitude" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Village_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Village_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Village" ("createdAt", "households", "id", "importId", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "sortKey", "townshipId", "updatedAt") SELECT "createdAt", "households", "id", "importId", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "sortKey", "townshipId", "updatedAt" FROM "Village";
DROP TABLE "Village";
ALTER TABLE "new_Village" RENAME TO "Village";
CREATE INDEX "Village_townshipId_idx" ON "Village"("townshipId");
CREATE INDEX "Village_sortKey_idx" ON "Village"("sortKey");
CREATE UNIQUE INDEX "Village_townshipId_name_key" ON "Village"("townshipId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
