-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "sortKey" TEXT NOT NULL DEFAULT '',
    "level" TEXT NOT NULL,
    "parentId" INTEGER,
    "path" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- The region tree the existing data belongs to (issue 16): 黑龙江省 → 伊春市 → 铁力市.
INSERT INTO "Region" ("id", "name", "sortKey", "level", "parentId", "path", "updatedAt") VALUES
    (1, '黑龙江省', 'hei long jiang sheng', 'PROVINCE', NULL, '/1/', CURRENT_TIMESTAMP),
    (2, '伊春市', 'yi chun shi', 'PREFECTURE', 1, '/1/2/', CURRENT_TIMESTAMP),
    (3, '铁力市', 'tie li shi', 'COUNTY', 2, '/1/2/3/', CURRENT_TIMESTAMP);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Township" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "sortKey" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Township_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Every existing township lies in 铁力市.
INSERT INTO "new_Township" ("createdAt", "id", "name", "regionId", "sortKey", "sortOrder", "updatedAt", "version") SELECT "createdAt", "id", "name", 3, "sortKey", "sortOrder", "updatedAt", "version" FROM "Township";
DROP TABLE "Township";
ALTER TABLE "new_Township" RENAME TO "Township";
CREATE INDEX "Township_regionId_idx" ON "Township"("regionId");
CREATE UNIQUE INDEX "Township_regionId_name_key" ON "Township"("regionId", "name");
CREATE TABLE "new_Unit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
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
    CONSTRAINT "Unit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Unit_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Every existing unit is one of 铁力市's.
INSERT INTO "new_Unit" ("createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", "regionId", "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt", "version") SELECT "createdAt", "id", "importId", "isWindowService", "kind", "memberCount", "name", 3, "partyOrgName", "phone", "searchText", "secretary", "sortKey", "updatedAt", "version" FROM "Unit";
DROP TABLE "Unit";
ALTER TABLE "new_Unit" RENAME TO "Unit";
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");
CREATE INDEX "Unit_isWindowService_idx" ON "Unit"("isWindowService");
CREATE INDEX "Unit_sortKey_idx" ON "Unit"("sortKey");
CREATE UNIQUE INDEX "Unit_regionId_name_key" ON "Unit"("regionId", "name");
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" INTEGER,
    "villageId" INTEGER,
    "regionId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" DATETIME,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- The organization department and the leaders so far were 铁力市's; other roles have no region.
INSERT INTO "new_User" ("active", "createdAt", "displayName", "id", "lastLoginAt", "mustChangePassword", "passwordChangedAt", "passwordHash", "regionId", "role", "sessionVersion", "unitId", "updatedAt", "username", "version", "villageId") SELECT "active", "createdAt", "displayName", "id", "lastLoginAt", "mustChangePassword", "passwordChangedAt", "passwordHash", CASE WHEN "role" IN ('ADMIN', 'LEADER') THEN 3 ELSE NULL END, "role", "sessionVersion", "unitId", "updatedAt", "username", "version", "villageId" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE INDEX "User_role_idx" ON "User"("role");
CREATE INDEX "User_unitId_idx" ON "User"("unitId");
CREATE INDEX "User_villageId_idx" ON "User"("villageId");
CREATE INDEX "User_regionId_idx" ON "User"("regionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Region_path_key" ON "Region"("path");

-- CreateIndex
CREATE UNIQUE INDEX "Region_parentId_name_key" ON "Region"("parentId", "name");
