-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LeaderVisit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pairingId" INTEGER NOT NULL,
    "date" DATETIME NOT NULL,
    "leaderName" TEXT NOT NULL,
    "leaderUserId" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "importId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LeaderVisit_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LeaderVisit_leaderUserId_fkey" FOREIGN KEY ("leaderUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LeaderVisit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LeaderVisit" ("createdAt", "date", "id", "leaderName", "leaderUserId", "notes", "pairingId", "updatedAt") SELECT "createdAt", "date", "id", "leaderName", "leaderUserId", "notes", "pairingId", "updatedAt" FROM "LeaderVisit";
DROP TABLE "LeaderVisit";
ALTER TABLE "new_LeaderVisit" RENAME TO "LeaderVisit";
CREATE INDEX "LeaderVisit_pairingId_idx" ON "LeaderVisit"("pairingId");
CREATE INDEX "LeaderVisit_date_idx" ON "LeaderVisit"("date");
CREATE TABLE "new_Survey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "villageId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "takenOn" DATETIME NOT NULL,
    "respondents" INTEGER NOT NULL,
    "satisfiedVillageOrg" INTEGER NOT NULL,
    "satisfiedPairing" INTEGER NOT NULL,
    "importId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Survey_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Survey_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Survey" ("createdAt", "id", "period", "respondents", "satisfiedPairing", "satisfiedVillageOrg", "takenOn", "updatedAt", "villageId") SELECT "createdAt", "id", "period", "respondents", "satisfiedPairing", "satisfiedVillageOrg", "takenOn", "updatedAt", "villageId" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE INDEX "Survey_takenOn_idx" ON "Survey"("takenOn");
CREATE UNIQUE INDEX "Survey_villageId_period_key" ON "Survey"("villageId", "period");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
