-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Rectification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "inspectionId" INTEGER NOT NULL,
    "pairingId" INTEGER,
    "description" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "closedAt" DATETIME,
    "closureNote" TEXT,
    "reportText" TEXT,
    "reportedAt" DATETIME,
    "reportedById" INTEGER,
    "returnReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Rectification_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Rectification_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Rectification_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Rectification" ("closedAt", "closureNote", "createdAt", "description", "dueDate", "id", "inspectionId", "pairingId", "status", "updatedAt") SELECT "closedAt", "closureNote", "createdAt", "description", "dueDate", "id", "inspectionId", "pairingId", "status", "updatedAt" FROM "Rectification";
DROP TABLE "Rectification";
ALTER TABLE "new_Rectification" RENAME TO "Rectification";
CREATE INDEX "Rectification_inspectionId_idx" ON "Rectification"("inspectionId");
CREATE INDEX "Rectification_pairingId_idx" ON "Rectification"("pairingId");
CREATE INDEX "Rectification_status_dueDate_idx" ON "Rectification"("status", "dueDate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
