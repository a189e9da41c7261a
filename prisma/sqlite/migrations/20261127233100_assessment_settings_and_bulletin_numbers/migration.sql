-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN "number" INTEGER;

-- CreateTable
CREATE TABLE "AssessmentSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
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
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AssessmentYear" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "frozenAt" DATETIME NOT NULL,
    "frozenByName" TEXT NOT NULL,
    "settings" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("activityScore", "adjustment", "adjustmentReason", "computedScore", "coverageScore", "createdAt", "finalScore", "grade", "id", "pledgeScore", "rank", "rectificationScore", "satisfactionScore", "subject", "unitId", "updatedAt", "villageId", "year") SELECT "activityScore", "adjustment", "adjustmentReason", "computedScore", "coverageScore", "createdAt", "finalScore", "grade", "id", "pledgeScore", "rank", "rectificationScore", "satisfactionScore", "subject", "unitId", "updatedAt", "villageId", "year" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_year_subject_idx" ON "Assessment"("year", "subject");
CREATE UNIQUE INDEX "Assessment_year_unitId_key" ON "Assessment"("year", "unitId");
CREATE UNIQUE INDEX "Assessment_year_villageId_key" ON "Assessment"("year", "villageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_number_key" ON "Bulletin"("number");
