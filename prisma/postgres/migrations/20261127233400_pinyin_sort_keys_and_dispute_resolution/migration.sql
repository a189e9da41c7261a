-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "disputeNote" TEXT,
ADD COLUMN     "disputeResolvedAt" TIMESTAMP(3),
ADD COLUMN     "disputeResolvedById" INTEGER;

-- AlterTable
ALTER TABLE "Township" ADD COLUMN     "sortKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "sortKey" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "sortKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Unit_sortKey_idx" ON "Unit"("sortKey");

-- CreateIndex
CREATE INDEX "Village_sortKey_idx" ON "Village"("sortKey");
