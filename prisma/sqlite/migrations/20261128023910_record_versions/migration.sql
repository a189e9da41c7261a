-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Township" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Township" ("createdAt", "id", "name", "sortKey", "sortOrder", "updatedAt") SELECT "createdAt", "id", "name", "sortKey", "sortOrder", "updatedAt" FROM "Township";
DROP TABLE "Township";
ALTER TABLE "new_Township" RENAME TO "Township";
CREATE UNIQUE INDEX "Township_name_key" ON "Township"("name");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "isWindowService" BOOLEAN NOT NULL DEFAULT false,
    "partyOrgName" TEXT NOT NULL DEFAULT '',
    "secretary" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "memberCount" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Unit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Unit" ("createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt") SELECT "createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");
CREATE INDEX "Unit_isWindowService_idx" ON "Unit"("isWindowService");
CREATE INDEX "Unit_sortKey_idx" ON "Unit"("sortKey");
CREATE TABLE "new_Village" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sortKey" TEXT NOT NULL DEFAULT '',
    "townshipId" INTEGER NOT NULL,
    "secretary" TEXT NOT NULL DEFAULT '',
    "households" INTEGER,
    "population" INTEGER,
    "memberCount" INTEGER,
    "poorHouseholds" INTEGER,
    "latitude" REAL,
    "longitude" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "importId" INTEGER,
    CONSTRAINT "Village_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Village_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Village" ("createdAt", "households", "id", "importId", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "sortKey", "townshipId", "updatedAt") SELECT "createdAt", "households", "id", "importId", "latitude", "longitude", "memberCount", "name", "poorHouseholds", "population", "searchText", "secretary", "sortKey", "townshipId", "updatedAt" FROM "Village";
DROP TABLE "Village";
ALTER TABLE "new_Village" RENAME TO "Village";
CREATE INDEX "Village_townshipId_idx" ON "Village"("townshipId");
CREATE INDEX "Village_sortKey_idx" ON "Village"("sortKey");
CREATE UNIQUE INDEX "Village_townshipId_name_key" ON "Village"("townshipId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
