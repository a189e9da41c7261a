-- CreateEnum
CREATE TYPE "EvidenceWarningKind" AS ENUM ('REUSED_PHOTO', 'TAKEN_AT_OTHER_TIME', 'TAKEN_ELSEWHERE', 'NO_PHOTO');

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "evidenceCheckedAt" TIMESTAMP(3),
ADD COLUMN     "verificationNote" TEXT,
ADD COLUMN     "verifiedWarnings" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "camera" TEXT,
ADD COLUMN     "hashBand0" INTEGER,
ADD COLUMN     "hashBand1" INTEGER,
ADD COLUMN     "hashBand2" INTEGER,
ADD COLUMN     "hashBand3" INTEGER,
ADD COLUMN     "height" INTEGER,
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "phoneKey" TEXT,
ADD COLUMN     "photoHash" TEXT,
ADD COLUMN     "takenAt" TIMESTAMP(3),
ADD COLUMN     "thumbKey" TEXT,
ADD COLUMN     "width" INTEGER;

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "EvidenceWarning" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "kind" "EvidenceWarningKind" NOT NULL,
    "photoId" INTEGER,
    "matchingId" INTEGER,
    "measure" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceWarning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "timeToleranceDays" INTEGER NOT NULL,
    "distanceKm" INTEGER NOT NULL,
    "photoAreas" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceWarning_activityId_kind_idx" ON "EvidenceWarning"("activityId", "kind");

-- CreateIndex
CREATE INDEX "EvidenceWarning_kind_idx" ON "EvidenceWarning"("kind");

-- CreateIndex
CREATE INDEX "EvidenceWarning_photoId_idx" ON "EvidenceWarning"("photoId");

-- CreateIndex
CREATE INDEX "EvidenceWarning_matchingId_idx" ON "EvidenceWarning"("matchingId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_thumbKey_key" ON "Attachment"("thumbKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_phoneKey_key" ON "Attachment"("phoneKey");

-- CreateIndex
CREATE INDEX "Attachment_hashBand0_idx" ON "Attachment"("hashBand0");

-- CreateIndex
CREATE INDEX "Attachment_hashBand1_idx" ON "Attachment"("hashBand1");

-- CreateIndex
CREATE INDEX "Attachment_hashBand2_idx" ON "Attachment"("hashBand2");

-- CreateIndex
CREATE INDEX "Attachment_hashBand3_idx" ON "Attachment"("hashBand3");

-- AddForeignKey
ALTER TABLE "EvidenceWarning" ADD CONSTRAINT "EvidenceWarning_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceWarning" ADD CONSTRAINT "EvidenceWarning_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceWarning" ADD CONSTRAINT "EvidenceWarning_matchingId_fkey" FOREIGN KEY ("matchingId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
