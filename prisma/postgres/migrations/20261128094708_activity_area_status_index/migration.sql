-- CreateIndex
CREATE INDEX "Activity_area_status_date_id_idx" ON "Activity"("area", "status", "date", "id");
