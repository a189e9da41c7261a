-- DropIndex
DROP INDEX "Pairing_activeKey_key";

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "surveyPeriod" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- Data: the pairings already recorded belong to 铁力市's 2010–2011 campaign 百局联百村 (region 3,
-- created by the regions migration; days stored as midnight Asia/Shanghai). A database without
-- pairings gets no campaign.
INSERT INTO "Campaign" ("name", "regionId", "startsOn", "endsOn", "surveyPeriod", "updatedAt")
SELECT '百局联百村', 3, TIMESTAMP '2010-05-31 16:00:00', TIMESTAMP '2011-08-30 16:00:00', '2011-07', CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "Pairing");

-- AlterTable: added empty, filled, then required.
ALTER TABLE "Pairing" ADD COLUMN     "campaignId" INTEGER;
UPDATE "Pairing" SET "campaignId" = (SELECT MIN("id") FROM "Campaign");
ALTER TABLE "Pairing" ALTER COLUMN "campaignId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Campaign_startsOn_idx" ON "Campaign"("startsOn");

-- CreateIndex
CREATE INDEX "Campaign_regionId_startsOn_idx" ON "Campaign"("regionId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_campaignId_activeKey_key" ON "Pairing"("campaignId", "activeKey");

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
