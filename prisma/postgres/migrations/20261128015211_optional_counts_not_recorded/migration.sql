-- AlterTable
ALTER TABLE "Activity" ALTER COLUMN "unitParticipants" DROP NOT NULL,
ALTER COLUMN "unitParticipants" DROP DEFAULT,
ALTER COLUMN "villageParticipants" DROP NOT NULL,
ALTER COLUMN "villageParticipants" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Unit" ALTER COLUMN "memberCount" DROP NOT NULL,
ALTER COLUMN "memberCount" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Village" ALTER COLUMN "households" DROP NOT NULL,
ALTER COLUMN "households" DROP DEFAULT,
ALTER COLUMN "population" DROP NOT NULL,
ALTER COLUMN "population" DROP DEFAULT,
ALTER COLUMN "memberCount" DROP NOT NULL,
ALTER COLUMN "memberCount" DROP DEFAULT,
ALTER COLUMN "poorHouseholds" DROP NOT NULL,
ALTER COLUMN "poorHouseholds" DROP DEFAULT;
