-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "measures" TEXT,
ADD COLUMN     "visitScore" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN     "number" INTEGER;

-- CreateTable
CREATE TABLE "AssessmentSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "weightCoverage" INTEGER NOT NULL,
    "weightActivities" INTEGER NOT NULL,
    "weightPledges" INTEGER NOT NULL,
    "weightSatisfaction" INTEGER NOT NULL,
    "weightRectifications" INTEGER NOT NULL,
    "weightVisits" INTEGER NOT NULL,
    "activitiesPerPairing" INTEGER NOT NULL,
    "visitsPerPairing" INTEGER NOT NULL,
    "excellentFrom" INTEGER NOT NULL,
    "goodFrom" INTEGER NOT NULL,
    "fairFrom" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentYear" (
    "year" INTEGER NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL,
    "frozenByName" TEXT NOT NULL,
    "settings" TEXT NOT NULL,

    CONSTRAINT "AssessmentYear_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_number_key" ON "Bulletin"("number");
