-- DropIndex
DROP INDEX "Activity_submittedAt_idx";

-- DropIndex
DROP INDEX "Activity_date_idx";

-- DropIndex
DROP INDEX "Activity_area_idx";

-- CreateIndex
CREATE INDEX "Activity_area_date_id_idx" ON "Activity"("area", "date", "id");

-- CreateIndex
CREATE INDEX "Activity_date_id_idx" ON "Activity"("date", "id");

-- CreateIndex
CREATE INDEX "Activity_submittedAt_id_idx" ON "Activity"("submittedAt", "id");
