-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'PREFECTURE', 'COUNTY');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL DEFAULT '',
    "level" "RegionLevel" NOT NULL,
    "parentId" INTEGER,
    "path" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- The region tree the existing data belongs to (issue 16): 黑龙江省 → 伊春市 → 铁力市.
INSERT INTO "Region" ("id", "name", "sortKey", "level", "parentId", "path", "updatedAt") VALUES
    (1, '黑龙江省', 'hei long jiang sheng', 'PROVINCE', NULL, '/1/', CURRENT_TIMESTAMP),
    (2, '伊春市', 'yi chun shi', 'PREFECTURE', 1, '/1/2/', CURRENT_TIMESTAMP),
    (3, '铁力市', 'tie li shi', 'COUNTY', 2, '/1/2/3/', CURRENT_TIMESTAMP);
SELECT setval(pg_get_serial_sequence('"Region"', 'id'), 3);

-- DropIndex
DROP INDEX "Township_name_key";

-- DropIndex
DROP INDEX "Unit_name_key";

-- AlterTable
-- Every existing township lies in 铁力市 (the default fills the rows, then goes).
ALTER TABLE "Township" ADD COLUMN     "regionId" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Township" ALTER COLUMN "regionId" DROP DEFAULT;

-- AlterTable
-- Every existing unit is one of 铁力市's.
ALTER TABLE "Unit" ADD COLUMN     "regionId" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Unit" ALTER COLUMN "regionId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "regionId" INTEGER;
-- The organization department and the leaders so far were 铁力市's; other roles have no region.
UPDATE "User" SET "regionId" = 3 WHERE "role" IN ('ADMIN', 'LEADER');

-- CreateIndex
CREATE UNIQUE INDEX "Region_path_key" ON "Region"("path");

-- CreateIndex
CREATE UNIQUE INDEX "Region_parentId_name_key" ON "Region"("parentId", "name");

-- CreateIndex
CREATE INDEX "Township_regionId_idx" ON "Township"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "Township_regionId_name_key" ON "Township"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_regionId_name_key" ON "Unit"("regionId", "name");

-- CreateIndex
CREATE INDEX "User_regionId_idx" ON "User"("regionId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Township" ADD CONSTRAINT "Township_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
