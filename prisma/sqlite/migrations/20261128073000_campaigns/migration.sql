-- CreateTable
CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "surveyPeriod" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Data: the pairings already recorded belong to 铁力市's 2010–2011 campaign 百局联百村 (region 3,
-- created by the regions migration; days stored as midnight Asia/Shanghai in the adapter's ISO
-- format). A database without pairings gets no campaign.
INSERT INTO "Campaign" ("name", "regionId", "startsOn", "endsOn", "surveyPeriod", "updatedAt")
SELECT '百局联百村', 3, '2010-05-31T16:00:00.000+00:00', '2011-08-30T16:00:00.000+00:00', '2011-07', strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE EXISTS (SELECT 1 FROM "Pairing");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Pairing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
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
    CONSTRAINT "Pairing_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_contactLeaderId_fkey" FOREIGN KEY ("contactLeaderId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pairing_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Pairing" ("activeKey", "campaignId", "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "importId", "startDate", "status", "unitId", "updatedAt", "version", "villageId") SELECT "activeKey", (SELECT MIN("id") FROM "Campaign"), "contactLeaderId", "contactLeaderName", "createdAt", "endDate", "goals", "id", "importId", "startDate", "status", "unitId", "updatedAt", "version", "villageId" FROM "Pairing";
DROP TABLE "Pairing";
ALTER TABLE "new_Pairing" RENAME TO "Pairing";
CREATE INDEX "Pairing_unitId_idx" ON "Pairing"("unitId");
CREATE INDEX "Pairing_villageId_idx" ON "Pairing"("villageId");
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");
CREATE INDEX "Pairing_contactLeaderId_idx" ON "Pairing"("contactLeaderId");
CREATE UNIQUE INDEX "Pairing_campaignId_activeKey_key" ON "Pairing"("campaignId", "activeKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Campaign_startsOn_idx" ON "Campaign"("startsOn");

-- CreateIndex
CREATE INDEX "Campaign_regionId_startsOn_idx" ON "Campaign"("regionId", "startsOn");
