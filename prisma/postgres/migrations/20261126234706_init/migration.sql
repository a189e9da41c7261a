-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER', 'LIAISON', 'VILLAGE');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('ORGAN', 'ENTERPRISE', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "PairingStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "ContentArea" AS ENUM ('ORG_LIFE', 'MEMBER_TEAM', 'CARRIER', 'MASS_SERVICE', 'RESOURCE_SHARE', 'DEVELOPMENT');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Confirmation" AS ENUM ('PENDING', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "PledgerKind" AS ENUM ('MEMBER', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('PROMISED', 'IN_PROGRESS', 'FULFILLED');

-- CreateEnum
CREATE TYPE "PledgeRating" AS ENUM ('GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR');

-- CreateEnum
CREATE TYPE "IndicatorGroup" AS ENUM ('ORGANIZATION', 'RELATIONS', 'DEVELOPMENT', 'SUPERVISION');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('PATROL', 'FOLLOW_UP', 'SPECIAL');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssessmentSubject" AS ENUM ('UNIT', 'VILLAGE');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('EXCELLENT', 'GOOD', 'FAIR', 'POOR');

-- CreateEnum
CREATE TYPE "BulletinStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Township" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Township_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "kind" "UnitKind" NOT NULL,
    "isWindowService" BOOLEAN NOT NULL DEFAULT false,
    "partyOrgName" TEXT NOT NULL DEFAULT '',
    "secretary" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Village" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "townshipId" INTEGER NOT NULL,
    "secretary" TEXT NOT NULL DEFAULT '',
    "households" INTEGER NOT NULL DEFAULT 0,
    "population" INTEGER NOT NULL DEFAULT 0,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "poorHouseholds" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Village_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3),
    "status" "PairingStatus" NOT NULL DEFAULT 'ACTIVE',
    "activeKey" TEXT,
    "goals" TEXT NOT NULL DEFAULT '',
    "contactLeaderId" INTEGER,
    "contactLeaderName" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "unitZh" TEXT NOT NULL,
    "unitEn" TEXT NOT NULL,
    "group" "IndicatorGroup" NOT NULL,
    "isMoney" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "area" "ContentArea" NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "unitParticipants" INTEGER NOT NULL DEFAULT 0,
    "villageParticipants" INTEGER NOT NULL DEFAULT 0,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" INTEGER,
    "recordedById" INTEGER,
    "confirmation" "Confirmation" NOT NULL DEFAULT 'PENDING',
    "confirmationComment" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" INTEGER,
    "correctedAt" TIMESTAMP(3),
    "correctionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityIndicatorValue" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "ActivityIndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRollup" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "activityCount" INTEGER NOT NULL,

    CONSTRAINT "ActivityRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "pledgerKind" "PledgerKind" NOT NULL DEFAULT 'MEMBER',
    "pledgerName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "PledgeStatus" NOT NULL DEFAULT 'PROMISED',
    "fulfilledAt" TIMESTAMP(3),
    "evidence" TEXT,
    "createdById" INTEGER,
    "confirmation" "Confirmation" NOT NULL DEFAULT 'PENDING',
    "confirmationComment" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeReview" (
    "id" SERIAL NOT NULL,
    "pledgeId" INTEGER NOT NULL,
    "rating" "PledgeRating" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reviewedById" INTEGER,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaderVisit" (
    "id" SERIAL NOT NULL,
    "pairingId" INTEGER NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "leaderName" TEXT NOT NULL,
    "leaderUserId" INTEGER,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LeaderVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" SERIAL NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "inspectors" TEXT NOT NULL,
    "findings" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPairing" (
    "inspectionId" INTEGER NOT NULL,
    "pairingId" INTEGER NOT NULL,

    CONSTRAINT "InspectionPairing_pkey" PRIMARY KEY ("inspectionId","pairingId")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER NOT NULL,
    "pairingId" INTEGER,
    "description" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "RectificationStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "closureNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" SERIAL NOT NULL,
    "villageId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "takenOn" TIMESTAMP(3) NOT NULL,
    "respondents" INTEGER NOT NULL,
    "satisfiedVillageOrg" INTEGER NOT NULL,
    "satisfiedPairing" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "subject" "AssessmentSubject" NOT NULL,
    "unitId" INTEGER,
    "villageId" INTEGER,
    "coverageScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "activityScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "pledgeScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "satisfactionScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "rectificationScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "computedScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "adjustment" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "adjustmentReason" TEXT,
    "finalScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "grade" "Grade",
    "rank" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "townshipId" INTEGER,
    "content" TEXT NOT NULL,
    "status" "BulletinStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "villageId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Township_name_key" ON "Township"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE INDEX "Unit_isWindowService_idx" ON "Unit"("isWindowService");

-- CreateIndex
CREATE INDEX "Village_townshipId_idx" ON "Village"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "Village_townshipId_name_key" ON "Village"("townshipId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_activeKey_key" ON "Pairing"("activeKey");

-- CreateIndex
CREATE INDEX "Pairing_unitId_idx" ON "Pairing"("unitId");

-- CreateIndex
CREATE INDEX "Pairing_villageId_idx" ON "Pairing"("villageId");

-- CreateIndex
CREATE INDEX "Pairing_status_idx" ON "Pairing"("status");

-- CreateIndex
CREATE INDEX "Pairing_contactLeaderId_idx" ON "Pairing"("contactLeaderId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Indicator_group_sortOrder_idx" ON "Indicator"("group", "sortOrder");

-- CreateIndex
CREATE INDEX "Activity_pairingId_date_idx" ON "Activity"("pairingId", "date");

-- CreateIndex
CREATE INDEX "Activity_status_date_idx" ON "Activity"("status", "date");

-- CreateIndex
CREATE INDEX "Activity_area_idx" ON "Activity"("area");

-- CreateIndex
CREATE INDEX "Activity_date_idx" ON "Activity"("date");

-- CreateIndex
CREATE INDEX "Activity_confirmation_idx" ON "Activity"("confirmation");

-- CreateIndex
CREATE INDEX "Activity_submittedAt_idx" ON "Activity"("submittedAt");

-- CreateIndex
CREATE INDEX "ActivityIndicatorValue_indicatorId_idx" ON "ActivityIndicatorValue"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityIndicatorValue_activityId_indicatorId_key" ON "ActivityIndicatorValue"("activityId", "indicatorId");

-- CreateIndex
CREATE INDEX "ActivityRollup_indicatorId_month_idx" ON "ActivityRollup"("indicatorId", "month");

-- CreateIndex
CREATE INDEX "ActivityRollup_month_idx" ON "ActivityRollup"("month");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRollup_pairingId_indicatorId_month_key" ON "ActivityRollup"("pairingId", "indicatorId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_activityId_idx" ON "Attachment"("activityId");

-- CreateIndex
CREATE INDEX "Pledge_pairingId_idx" ON "Pledge"("pairingId");

-- CreateIndex
CREATE INDEX "Pledge_status_dueDate_idx" ON "Pledge"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Pledge_dueDate_idx" ON "Pledge"("dueDate");

-- CreateIndex
CREATE INDEX "Pledge_fulfilledAt_idx" ON "Pledge"("fulfilledAt");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeReview_pledgeId_key" ON "PledgeReview"("pledgeId");

-- CreateIndex
CREATE INDEX "LeaderVisit_pairingId_idx" ON "LeaderVisit"("pairingId");

-- CreateIndex
CREATE INDEX "LeaderVisit_date_idx" ON "LeaderVisit"("date");

-- CreateIndex
CREATE INDEX "Inspection_date_idx" ON "Inspection"("date");

-- CreateIndex
CREATE INDEX "InspectionPairing_pairingId_idx" ON "InspectionPairing"("pairingId");

-- CreateIndex
CREATE INDEX "Rectification_inspectionId_idx" ON "Rectification"("inspectionId");

-- CreateIndex
CREATE INDEX "Rectification_pairingId_idx" ON "Rectification"("pairingId");

-- CreateIndex
CREATE INDEX "Rectification_status_dueDate_idx" ON "Rectification"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Survey_takenOn_idx" ON "Survey"("takenOn");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_villageId_period_key" ON "Survey"("villageId", "period");

-- CreateIndex
CREATE INDEX "Assessment_year_subject_idx" ON "Assessment"("year", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_year_unitId_key" ON "Assessment"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_year_villageId_key" ON "Assessment"("year", "villageId");

-- CreateIndex
CREATE INDEX "Bulletin_status_publishedAt_idx" ON "Bulletin"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "User_villageId_idx" ON "User"("villageId");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_idx" ON "AuditEntry"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_idx" ON "AuditEntry"("userId");

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pairing" ADD CONSTRAINT "Pairing_contactLeaderId_fkey" FOREIGN KEY ("contactLeaderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityIndicatorValue" ADD CONSTRAINT "ActivityIndicatorValue_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityIndicatorValue" ADD CONSTRAINT "ActivityIndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRollup" ADD CONSTRAINT "ActivityRollup_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRollup" ADD CONSTRAINT "ActivityRollup_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeReview" ADD CONSTRAINT "PledgeReview_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeReview" ADD CONSTRAINT "PledgeReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderVisit" ADD CONSTRAINT "LeaderVisit_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderVisit" ADD CONSTRAINT "LeaderVisit_leaderUserId_fkey" FOREIGN KEY ("leaderUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPairing" ADD CONSTRAINT "InspectionPairing_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPairing" ADD CONSTRAINT "InspectionPairing_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bulletin" ADD CONSTRAINT "Bulletin_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
