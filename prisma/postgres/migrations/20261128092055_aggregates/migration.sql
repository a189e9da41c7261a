-- DropForeignKey
ALTER TABLE "ActivityRollup" DROP CONSTRAINT "ActivityRollup_indicatorId_fkey";

-- DropForeignKey
ALTER TABLE "ActivityRollup" DROP CONSTRAINT "ActivityRollup_pairingId_fkey";

-- DropTable
DROP TABLE "ActivityRollup";

-- CreateTable
CREATE TABLE "ValueAggregate" (
    "id" SERIAL NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "unitRegionId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "activityCount" INTEGER NOT NULL,

    CONSTRAINT "ValueAggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountAggregate" (
    "id" SERIAL NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "unitRegionId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "area" "ContentArea" NOT NULL,
    "month" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "confirmation" "Confirmation" NOT NULL,
    "disputeOpen" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CountAggregate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PairingAreaMonth" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "area" "ContentArea" NOT NULL,
    "month" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastDate" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PairingAreaMonth_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ValueAggregate_campaignId_month_idx" ON "ValueAggregate"("campaignId", "month");

-- CreateIndex
CREATE INDEX "ValueAggregate_month_idx" ON "ValueAggregate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "ValueAggregate_townshipId_unitRegionId_campaignId_indicator_key" ON "ValueAggregate"("townshipId", "unitRegionId", "campaignId", "indicatorId", "month");

-- CreateIndex
CREATE INDEX "CountAggregate_campaignId_month_idx" ON "CountAggregate"("campaignId", "month");

-- CreateIndex
CREATE INDEX "CountAggregate_month_idx" ON "CountAggregate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "CountAggregate_townshipId_unitRegionId_campaignId_area_mont_key" ON "CountAggregate"("townshipId", "unitRegionId", "campaignId", "area", "month", "status", "confirmation", "disputeOpen");

-- CreateIndex
CREATE INDEX "PairingAreaMonth_month_idx" ON "PairingAreaMonth"("month");

-- CreateIndex
CREATE UNIQUE INDEX "PairingAreaMonth_pairingId_area_month_key" ON "PairingAreaMonth"("pairingId", "area", "month");

-- AddForeignKey
ALTER TABLE "ValueAggregate" ADD CONSTRAINT "ValueAggregate_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAggregate" ADD CONSTRAINT "ValueAggregate_unitRegionId_fkey" FOREIGN KEY ("unitRegionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAggregate" ADD CONSTRAINT "ValueAggregate_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueAggregate" ADD CONSTRAINT "ValueAggregate_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountAggregate" ADD CONSTRAINT "CountAggregate_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountAggregate" ADD CONSTRAINT "CountAggregate_unitRegionId_fkey" FOREIGN KEY ("unitRegionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountAggregate" ADD CONSTRAINT "CountAggregate_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PairingAreaMonth" ADD CONSTRAINT "PairingAreaMonth_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Fill the aggregates from the rows already there (the same statements as npm run db:rebuild-aggregates).
INSERT INTO "ValueAggregate" ("townshipId", "unitRegionId", "campaignId", "indicatorId", "month", "total", "activityCount")
SELECT v."townshipId", u."regionId", p."campaignId", iv."indicatorId", to_char(a."date" + interval '8 hours', 'YYYY-MM'), SUM(iv."value"), COUNT(*)
FROM "ActivityIndicatorValue" iv JOIN "Activity" a ON a."id" = iv."activityId" JOIN "Pairing" p ON p."id" = a."pairingId" JOIN "Village" v ON v."id" = p."villageId" JOIN "Unit" u ON u."id" = p."unitId"
WHERE a."status" = 'VERIFIED'
GROUP BY v."townshipId", u."regionId", p."campaignId", iv."indicatorId", to_char(a."date" + interval '8 hours', 'YYYY-MM');

INSERT INTO "CountAggregate" ("townshipId", "unitRegionId", "campaignId", "area", "month", "status", "confirmation", "disputeOpen", "count")
SELECT v."townshipId", u."regionId", p."campaignId", a."area", to_char(a."date" + interval '8 hours', 'YYYY-MM'), a."status", a."confirmation",
       (a."confirmation" = 'DISPUTED' AND a."disputeResolvedAt" IS NULL), COUNT(*)
FROM "Activity" a JOIN "Pairing" p ON p."id" = a."pairingId" JOIN "Village" v ON v."id" = p."villageId" JOIN "Unit" u ON u."id" = p."unitId"
WHERE a."status" IN ('SUBMITTED', 'VERIFIED')
GROUP BY v."townshipId", u."regionId", p."campaignId", a."area", to_char(a."date" + interval '8 hours', 'YYYY-MM'), a."status", a."confirmation", (a."confirmation" = 'DISPUTED' AND a."disputeResolvedAt" IS NULL);

INSERT INTO "PairingAreaMonth" ("pairingId", "area", "month", "count", "lastDate")
SELECT a."pairingId", a."area", to_char(a."date" + interval '8 hours', 'YYYY-MM'), COUNT(*), MAX(a."date")
FROM "Activity" a
WHERE a."status" = 'VERIFIED'
GROUP BY a."pairingId", a."area", to_char(a."date" + interval '8 hours', 'YYYY-MM');

