-- CreateTable
CREATE TABLE "PledgeAggregate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "townshipId" INTEGER NOT NULL,
    "unitRegionId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "PledgeAggregate_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PledgeAggregate_unitRegionId_fkey" FOREIGN KEY ("unitRegionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PledgeAggregate_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PledgeAggregate_unitRegionId_month_idx" ON "PledgeAggregate"("unitRegionId", "month");

-- CreateIndex
CREATE INDEX "PledgeAggregate_campaignId_month_idx" ON "PledgeAggregate"("campaignId", "month");

-- CreateIndex
CREATE INDEX "PledgeAggregate_month_idx" ON "PledgeAggregate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeAggregate_townshipId_unitRegionId_campaignId_month_status_key" ON "PledgeAggregate"("townshipId", "unitRegionId", "campaignId", "month", "status");

-- Fill it from the pledges already there (the same statement as npm run db:rebuild-aggregates).
INSERT INTO "PledgeAggregate" ("townshipId", "unitRegionId", "campaignId", "month", "status", "count")
SELECT v."townshipId", u."regionId", p."campaignId", strftime('%Y-%m', l."dueDate", '+8 hours'), l."status", COUNT(*)
FROM "Pledge" l JOIN "Pairing" p ON p."id" = l."pairingId" JOIN "Village" v ON v."id" = p."villageId" JOIN "Unit" u ON u."id" = p."unitId"
GROUP BY v."townshipId", u."regionId", p."campaignId", strftime('%Y-%m', l."dueDate", '+8 hours'), l."status";
