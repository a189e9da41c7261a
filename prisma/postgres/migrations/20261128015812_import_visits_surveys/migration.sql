-- AlterTable
ALTER TABLE "LeaderVisit" ADD COLUMN     "importId" INTEGER;

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "importId" INTEGER;

-- AddForeignKey
ALTER TABLE "LeaderVisit" ADD CONSTRAINT "LeaderVisit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;
