-- CreateTable
CREATE TABLE "Import" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Import_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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
    "unitParticipants" INTEGER NOT NULL DEFAULT 0,
    "villageParticipants" INTEGER NOT NULL DEFAULT 0,
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
INSERT INTO "new_Activity" ("area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "evidenceCheckedAt", "id", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verificationNote", "verifiedAt", "verifiedById", "verifiedWarnings", "villageParticipants") SELECT "area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "evidenceCheckedAt", "id", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verificationNote", "verifiedAt", "verifiedById", "verifiedWarnings", "villageParticipants" FROM "Activity";
DROP TABLE "Activity";
ALTER TABLE "new_Activity" RENAME TO "Activity";
CREATE INDEX "Activity_pairingId_date_idx" ON "Activity"("pairingId", "date");
CREATE INDEX "Activity_status_date_idx" ON "Activity"("status", "date");
CREATE INDEX "Activity_area_idx" ON "Activity"("area");
CREATE INDEX "Activity_date_idx" ON "Activity"("date");
CREATE INDEX "Activity_confirmation_idx" ON "Activity"("confirmation");
CREATE INDEX "Activity_submittedAt_idx" ON "Activity"("submittedAt");
CREATE TABLE "new_Pairing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "unitId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "activeKey" TEXT,
    "goals" TEXT NOT NULL DEFAULT '',
    "contactLeaderId" INTEGER,
    "contactLeaderName" TEXT NOT NULL DEFAULT '',
    "importId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Pairing_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_contactLeaderId_fkey" FOREIGN KEY ("contactLeaderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pairing_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Pairing" ("activeKey", "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "startDate", "status", "unitId", "updatedAt", "villageId") SELECT "activeKey", "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "startDate", "status", "unitId", "updatedAt", "villageId" FROM "Pairing";
DROP TABLE "Pairing";
ALTER TABLE "new_Pairing" RENAME TO "Pairing";
CREATE UNIQUE INDEX "Pairing_activeKey_key" ON "Pairing"("activeKey");
CREATE INDEX "Pairing_unitId_idx" ON "Pairing"("unitId");
CREATE INDEX "Pairing_villageId_idx" ON "Pairing"("villageId");
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");
CREATE INDEX "Pairing_contactLeaderId_idx" ON "Pairing"("contactLeaderId");
CREATE TABLE "new_Pledge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pairingId" INTEGER NOT NULL,
    "pledgerKind" TEXT NOT NULL DEFAULT 'MEMBER',
    "pledgerName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROMISED',
    "fulfilledAt" DATETIME,
    "evidence" TEXT,
    "createdById" INTEGER,
    "confirmation" TEXT NOT NULL DEFAULT 'PENDING',
    "confirmationComment" TEXT,
    "confirmedAt" DATETIME,
    "confirmedById" INTEGER,
    "importId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Pledge_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pledge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Pledge" ("confirmation", "confirmationComment", "confirmedAt", "confirmedById", "content", "createdAt", "createdById", "dueDate", "evidence", "fulfilledAt", "id", "pairingId", "pledgerKind", "pledgerName", "status", "updatedAt") SELECT "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "content", "createdAt", "createdById", "dueDate", "evidence", "fulfilledAt", "id", "pairingId", "pledgerKind", "pledgerName", "status", "updatedAt" FROM "Pledge";
DROP TABLE "Pledge";
ALTER TABLE "new_Pledge" RENAME TO "Pledge";
CREATE INDEX "Pledge_pairingId_idx" ON "Pledge"("pairingId");
CREATE INDEX "Pledge_status_dueDate_idx" ON "Pledge"("status", "dueDate");
CREATE INDEX "Pledge_dueDate_idx" ON "Pledge"("dueDate");
CREATE INDEX "Pledge_fulfilledAt_idx" ON "Pledge"("fulfilledAt");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "isWindowService" BOOLEAN NOT NULL DEFAULT false,
    "partyOrgName" TEXT NOT NULL DEFAULT '',
    "secretary" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Unit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("createdAt", "id", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "updatedAt") SELECT "createdAt", "id", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "updatedAt" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");
CREATE INDEX "Unit_isWindowService_idx" ON "Unit"("isWindowService");
CREATE TABLE "new_Village" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "townshipId" INTEGER NOT NULL,
    "secretary" TEXT NOT NULL DEFAULT '',
    "households" INTEGER NOT NULL DEFAULT 0,
    "population" INTEGER NOT NULL DEFAULT 0,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "poorHouseholds" INTEGER NOT NULL DEFAULT 0,
    "latitude" REAL,
    "longitude" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Village_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Village_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Village" ("createdAt", "households", "id", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "townshipId", "updatedAt") SELECT "createdAt", "households", "id", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "townshipId", "updatedAt" FROM "Village";
DROP TABLE "Village";
ALTER TABLE "new_Village" RENAME TO "Village";
CREATE INDEX "Village_townshipId_idx" ON "Village"("townshipId");
CREATE UNIQUE INDEX "Village_townshipId_name_key" ON "Village"("townshipId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Import_createdAt_idx" ON "Import"("createdAt");
