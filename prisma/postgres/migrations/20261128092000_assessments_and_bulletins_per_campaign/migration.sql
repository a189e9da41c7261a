-- Data: assessments (results, frozen years, settings) and bulletins become per campaign. The rows
-- recorded so far were of the one campaign there was: 铁力市's 百局联百村 (the lowest id, 1, made by
-- the campaigns migration for a database holding pairings). A database holding such rows but no
-- campaign (no pairing yet) gets that campaign here, as the campaigns migration would have made it,
-- so that nothing is lost.
INSERT INTO "Campaign" ("name", "regionId", "startsOn", "endsOn", "surveyPeriod", "updatedAt")
SELECT '百局联百村', 3, TIMESTAMP '2010-05-31 16:00:00', TIMESTAMP '2011-08-30 16:00:00', '2011-07', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM "Campaign")
  AND (EXISTS (SELECT 1 FROM "Assessment") OR EXISTS (SELECT 1 FROM "AssessmentYear") OR EXISTS (SELECT 1 FROM "AssessmentSettings") OR EXISTS (SELECT 1 FROM "Bulletin"));

-- DropIndex
DROP INDEX "Assessment_year_subject_idx";

-- DropIndex
DROP INDEX "Assessment_year_unitId_key";

-- DropIndex
DROP INDEX "Assessment_year_villageId_key";

-- DropIndex
DROP INDEX "Bulletin_number_key";

-- AlterTable: added empty, filled, then required.
ALTER TABLE "Assessment" ADD COLUMN     "campaignId" INTEGER;
UPDATE "Assessment" SET "campaignId" = (SELECT MIN("id") FROM "Campaign");
ALTER TABLE "Assessment" ALTER COLUMN "campaignId" SET NOT NULL;

-- AlterTable: added empty, filled, then required.
ALTER TABLE "AssessmentSettings" ADD COLUMN     "campaignId" INTEGER;
UPDATE "AssessmentSettings" SET "campaignId" = (SELECT MIN("id") FROM "Campaign");
ALTER TABLE "AssessmentSettings" ALTER COLUMN "campaignId" SET NOT NULL;
ALTER TABLE "AssessmentSettings" DROP CONSTRAINT "AssessmentSettings_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "AssessmentSettings_pkey" PRIMARY KEY ("campaignId");

-- AlterTable: added empty, filled, then required.
ALTER TABLE "AssessmentYear" ADD COLUMN     "campaignId" INTEGER;
UPDATE "AssessmentYear" SET "campaignId" = (SELECT MIN("id") FROM "Campaign");
ALTER TABLE "AssessmentYear" ALTER COLUMN "campaignId" SET NOT NULL;
ALTER TABLE "AssessmentYear" DROP CONSTRAINT "AssessmentYear_pkey",
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "AssessmentYear_pkey" PRIMARY KEY ("id");

-- AlterTable: added empty, filled, then required.
ALTER TABLE "Bulletin" ADD COLUMN     "campaignId" INTEGER;
UPDATE "Bulletin" SET "campaignId" = (SELECT MIN("id") FROM "Campaign");
ALTER TABLE "Bulletin" ALTER COLUMN "campaignId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Assessment_campaignId_year_subject_idx" ON "Assessment"("campaignId", "year", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_campaignId_year_unitId_key" ON "Assessment"("campaignId", "year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_campaignId_year_villageId_key" ON "Assessment"("campaignId", "year", "villageId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentYear_campaignId_year_key" ON "AssessmentYear"("campaignId", "year");

-- CreateIndex
CREATE INDEX "Bulletin_campaignId_periodStart_idx" ON "Bulletin"("campaignId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_campaignId_number_key" ON "Bulletin"("campaignId", "number");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSettings" ADD CONSTRAINT "AssessmentSettings_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentYear" ADD CONSTRAINT "AssessmentYear_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
