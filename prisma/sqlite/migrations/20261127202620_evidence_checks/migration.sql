-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN "camera" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "hashBand0" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "hashBand1" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "hashBand2" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "hashBand3" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "height" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "latitude" REAL;
ALTER TABLE "Attachment" ADD COLUMN "longitude" REAL;
ALTER TABLE "Attachment" ADD COLUMN "phoneKey" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "photoHash" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "takenAt" DATETIME;
ALTER TABLE "Attachment" ADD COLUMN "thumbKey" TEXT;
ALTER TABLE "Attachment" ADD COLUMN "width" INTEGER;

-- AlterTable
ALTER TABLE "Village" ADD COLUMN "latitude" REAL;
ALTER TABLE "Village" ADD COLUMN "longitude" REAL;

-- CreateTable
CREATE TABLE "EvidenceWarning" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "activityId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "photoId" INTEGER,
    "matchingId" INTEGER,
    "measure" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceWarning_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceWarning_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Attachment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceWarning_matchingId_fkey" FOREIGN KEY ("matchingId") REFERENCES "Attachment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "timeToleranceDays" INTEGER NOT NULL,
    "distanceKm" INTEGER NOT NULL,
    "photoAreas" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Activity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pairingId" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "unitParticipants" INTEGER NOT NULL DEFAULT 0,
    "villageParticipants" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" DATETIME,
    "verifiedAt" DATETIME,
    "verifiedById" INTEGER,
    "recordedById" INTEGER,
    "confirmation" TEXT NOT NULL DEFAULT 'PENDING',
    "confirmationComment" TEXT,
    "confirmedAt" DATETIME,
    "confirmedById" INTEGER,
    "correctedAt" DATETIME,
    "correctionReason" TEXT,
    "evidenceCheckedAt" DATETIME,
    "verifiedWarnings" INTEGER NOT NULL DEFAULT 0,
    "verificationNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Activity_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Activity_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Activity_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Activity" ("area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "id", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verifiedAt", "verifiedById", "villageParticipants") SELECT "area", "confirmation", "confirmationComment", "confirmedAt", "confirmedById", "correctedAt", "correctionReason", "createdAt", "date", "description", "id", "pairingId", "place", "recordedById", "returnReason", "status", "submittedAt", "title", "unitParticipants", "updatedAt", "verifiedAt", "verifiedById", "villageParticipants" FROM "Activity";
DROP TABLE "Activity";
ALTER TABLE "new_Activity" RENAME TO "Activity";
CREATE INDEX "Activity_pairingId_date_idx" ON "Activity"("pairingId", "date");
CREATE INDEX "Activity_status_date_idx" ON "Activity"("status", "date");
CREATE INDEX "Activity_area_idx" ON "Activity"("area");
CREATE INDEX "Activity_date_idx" ON "Activity"("date");
CREATE INDEX "Activity_confirmation_idx" ON "Activity"("confirmation");
CREATE INDEX "Activity_submittedAt_idx" ON "Activity"("submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
