-- AlterTable
ALTER TABLE "Township" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
