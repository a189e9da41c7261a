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
    "version" INTEGER NOT NULL DEFAULT 1,
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
CREATE TABLE "new_Bulletin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "townshipId" INTEGER,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "number" INTEGER,
    "publishedAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Bulletin_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Bulletin_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Bulletin" ("content", "createdAt", "createdById", "id", "number", "periodEnd", "periodStart", "publishedAt", "status", "title", "townshipId", "updatedAt") SELECT "content", "createdAt", "createdById", "id", "number", "periodEnd", "periodStart", "publishedAt", "status", "title", "townshipId", "updatedAt" FROM "Bulletin";
DROP TABLE "Bulletin";
ALTER TABLE "new_Bulletin" RENAME TO "Bulletin";
CREATE UNIQUE INDEX "Bulletin_number_key" ON "Bulletin"("number");
CREATE INDEX "Bulletin_status_publishedAt_idx" ON "Bulletin"("status", "publishedAt");
CREATE TABLE "new_Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "unitZh" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "isMoney" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1
);
INSERT INTO "new_Indicator" ("active", "code", "createdAt", "group", "id", "isMoney", "labelEn", "labelZh", "sortOrder", "unitEn", "unitZh", "updatedAt") SELECT "active", "code", "createdAt", "group", "id", "isMoney", "labelEn", "labelZh", "sortOrder", "unitEn", "unitZh", "updatedAt" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");
CREATE INDEX "Indicator_group_sortOrder_idx" ON "Indicator"("group", "sortOrder");
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
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Pairing_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_contactLeaderId_fkey" FOREIGN KEY ("contactLeaderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pairing_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Pairing" ("activeKey", "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "importId", "startDate", "status", "unitId", "updatedAt", "villageId") SELECT "activeKey", "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "importId", "startDate", "status", "unitId", "updatedAt", "villageId" FROM "Pairing";
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
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Pledge_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pledge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Pledge" ("confirmation", "confirmationComment", "confirmedAt", "confirmedById", "content", "createdAt", "createdById", "dueDate", "evidence", "fulfilledAt", "id", "importId", "pairingId", "pledgerKind", "pledgerName", "status", "updatedAt") SELECT "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "content", "createdAt", "createdById", "dueDate", "evidence", "fulfilledAt", "id", "importId", "pairingId", "pledgerKind", "pledgerName", "status", "updatedAt" FROM "Pledge";
DROP TABLE "Pledge";
ALTER TABLE "new_Pledge" RENAME TO "Pledge";
CREATE INDEX "Pledge_pairingId_idx" ON "Pledge"("pairingId");
CREATE INDEX "Pledge_status_dueDate_idx" ON "Pledge"("status", "dueDate");
CREATE INDEX "Pledge_dueDate_idx" ON "Pledge"("dueDate");
CREATE INDEX "Pledge_fulfilledAt_idx" ON "Pledge"("fulfilledAt");
CREATE TABLE "new_Rectification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "inspectionId" INTEGER NOT NULL,
    "pairingId" INTEGER,
    "description" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "closedAt" DATETIME,
    "closureNote" TEXT,
    "reportText" TEXT,
    "reportedAt" DATETIME,
    "reportedById" INTEGER,
    "returnReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Rectification_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Rectification_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Rectification_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Rectification" ("closedAt", "closureNote", "createdAt", "description", "dueDate", "id", "inspectionId", "pairingId", "reportText", "reportedAt", "reportedById", "returnReason", "status", "updatedAt") SELECT "closedAt", "closureNote", "createdAt", "description", "dueDate", "id", "inspectionId", "pairingId", "reportText", "reportedAt", "reportedById", "returnReason", "status", "updatedAt" FROM "Rectification";
DROP TABLE "Rectification";
ALTER TABLE "new_Rectification" RENAME TO "Rectification";
CREATE INDEX "Rectification_inspectionId_idx" ON "Rectification"("inspectionId");
CREATE INDEX "Rectification_pairingId_idx" ON "Rectification"("pairingId");
CREATE INDEX "Rectification_status_dueDate_idx" ON "Rectification"("status", "dueDate");
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "villageId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" DATETIME,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_User" ("active", "createdAt", "displayName", "id", "lastLoginAt", "mustChangePassword", "passwordChangedAt", "passwordHash", "role", "sessionVersion", "unitId", "updatedAt", "username", "villageId") SELECT "active", "createdAt", "displayName", "id", "lastLoginAt", "mustChangePassword", "passwordChangedAt", "passwordHash", "role", "sessionVersion", "unitId", "updatedAt", "username", "villageId" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE INDEX "User_role_idx" ON "User"("role");
CREATE INDEX "User_unitId_idx" ON "User"("unitId");
CREATE INDEX "User_villageId_idx" ON "User"("villageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
