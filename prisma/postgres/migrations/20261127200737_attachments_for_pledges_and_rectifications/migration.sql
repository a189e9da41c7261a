-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "pledgeId" INTEGER,
ADD COLUMN     "rectificationId" INTEGER,
ALTER COLUMN "activityId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Attachment_pledgeId_idx" ON "Attachment"("pledgeId");

-- CreateIndex
CREATE INDEX "Attachment_rectificationId_idx" ON "Attachment"("rectificationId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_rectificationId_fkey" FOREIGN KEY ("rectificationId") REFERENCES "Rectification"("id") ON DELETE CASCADE ON UPDATE CASCADE;
