-- Data: assessments (results, frozen years, settings) and bulletins become per campaign. The rows
-- recorded so far were of the one campaign there was: 铁力市's 百局联百村 (the lowest id, 1, made by
-- the campaigns migration for a database holding pairings). A database holding such rows but no
-- campaign (no pairing yet) gets that campaign here, as the campaigns migration would have made it,
-- so that nothing is lost.
INSERT INTO "Campaign" ("name", "regionId", "startsOn", "endsOn", "surveyPeriod", "updatedAt")
SELECT '百局联百村', 3, '2010-05-31T16:00:00.000+00:00', '2011-08-30T16:00:00.000+00:00', '2011-07', strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
WHERE NOT EXISTS (SELECT 1 FROM "Campaign")
  AND (EXISTS (SELECT 1 FROM "Assessment") OR EXISTS (SELECT 1 FROM "AssessmentYear") OR EXISTS (SELECT 1 FROM "AssessmentSettings") OR EXISTS (SELECT 1 FROM "Bulletin"));

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "unitId" INTEGER,
    "villageId" INTEGER,
    "coverageScore" REAL NOT NULL DEFAULT 0,
    "activityScore" REAL NOT NULL DEFAULT 0,
    "pledgeScore" REAL NOT NULL DEFAULT 0,
    "satisfactionScore" REAL NOT NULL DEFAULT 0,
    "rectificationScore" REAL NOT NULL DEFAULT 0,
    "visitScore" REAL NOT NULL DEFAULT 0,
    "measures" TEXT,
    "computedScore" REAL NOT NULL DEFAULT 0,
    "adjustment" REAL NOT NULL DEFAULT 0,
    "adjustmentReason" TEXT,
    "finalScore" REAL NOT NULL DEFAULT 0,
    "grade" TEXT,
    "rank" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("campaignId", "activityScore", "adjustment", "adjustmentReason", "computedScore", "coverageScore", "createdAt", "finalScore", "grade", "id", "measures", "pledgeScore", "rank", "rectificationScore", "satisfactionScore", "subject", "unitId", "updatedAt", "villageId", "visitScore", "year") SELECT (SELECT MIN("id") FROM "Campaign"), "activityScore", "adjustment", "adjustmentReason", "computedScore", "coverageScore", "createdAt", "finalScore", "grade", "id", "measures", "pledgeScore", "rank", "rectificationScore", "satisfactionScore", "subject", "unitId", "updatedAt", "villageId", "visitScore", "year" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_campaignId_year_subject_idx" ON "Assessment"("campaignId", "year", "subject");
CREATE UNIQUE INDEX "Assessment_campaignId_year_unitId_key" ON "Assessment"("campaignId", "year", "unitId");
CREATE UNIQUE INDEX "Assessment_campaignId_year_villageId_key" ON "Assessment"("campaignId", "year", "villageId");
CREATE TABLE "new_AssessmentSettings" (
    "campaignId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weightCoverage" INTEGER NOT NULL,
    "weightActivities" INTEGER NOT NULL,
    "weightPledges" INTEGER NOT NULL,
    "weightSatisfaction" INTEGER NOT NULL,
    "weightRectifications" INTEGER NOT NULL,
    "weightVisits" INTEGER NOT NULL,
    "activitiesPerPairing" INTEGER NOT NULL,
    "visitsPerPairing" INTEGER NOT NULL,
    "excellentFrom" INTEGER NOT NULL,
    "goodFrom" INTEGER NOT NULL,
    "fairFrom" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssessmentSettings_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentSettings" ("campaignId", "activitiesPerPairing", "excellentFrom", "fairFrom", "goodFrom", "updatedAt", "visitsPerPairing", "weightActivities", "weightCoverage", "weightPledges", "weightRectifications", "weightSatisfaction", "weightVisits") SELECT (SELECT MIN("id") FROM "Campaign"), "activitiesPerPairing", "excellentFrom", "fairFrom", "goodFrom", "updatedAt", "visitsPerPairing", "weightActivities", "weightCoverage", "weightPledges", "weightRectifications", "weightSatisfaction", "weightVisits" FROM "AssessmentSettings";
DROP TABLE "AssessmentSettings";
ALTER TABLE "new_AssessmentSettings" RENAME TO "AssessmentSettings";
CREATE TABLE "new_AssessmentYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "frozenAt" DATETIME NOT NULL,
    "frozenByName" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    CONSTRAINT "AssessmentYear_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentYear" ("campaignId", "frozenAt", "frozenByName", "settings", "year") SELECT (SELECT MIN("id") FROM "Campaign"), "frozenAt", "frozenByName", "settings", "year" FROM "AssessmentYear";
DROP TABLE "AssessmentYear";
ALTER TABLE "new_AssessmentYear" RENAME TO "AssessmentYear";
CREATE UNIQUE INDEX "AssessmentYear_campaignId_year_key" ON "AssessmentYear"("campaignId", "year");
CREATE TABLE "new_Bulletin" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
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
    CONSTRAINT "Bulletin_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Bulletin_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Bulletin_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Bulletin" ("campaignId", "content", "createdAt", "createdById", "id", "number", "periodEnd", "periodStart", "publishedAt", "status", "title", "townshipId", "updatedAt", "version") SELECT (SELECT MIN("id") FROM "Campaign"), "content", "createdAt", "createdById", "id", "number", "periodEnd", "periodStart", "publishedAt", "status", "title", "townshipId", "updatedAt", "version" FROM "Bulletin";
DROP TABLE "Bulletin";
ALTER TABLE "new_Bulletin" RENAME TO "Bulletin";
CREATE INDEX "Bulletin_status_publishedAt_idx" ON "Bulletin"("status", "publishedAt");
CREATE INDEX "Bulletin_campaignId_periodStart_idx" ON "Bulletin"("campaignId", "periodStart");
CREATE UNIQUE INDEX "Bulletin_campaignId_number_key" ON "Bulletin"("campaignId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
