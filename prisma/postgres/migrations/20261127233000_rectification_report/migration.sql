-- AlterEnum
ALTER TYPE "RectificationStatus" ADD VALUE 'REPORTED';

-- AlterTable
ALTER TABLE "Rectification" ADD COLUMN     "reportText" TEXT,
ADD COLUMN     "reportedAt" TIMESTAMP(3),
ADD COLUMN     "reportedById" INTEGER,
ADD COLUMN     "returnReason" TEXT;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
