-- CreateTable
CREATE TABLE "Household" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "gridId" INTEGER NOT NULL,
    "building" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '',
    "room" TEXT NOT NULL DEFAULT '',
    "headResidentId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "residentId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "householdId" INTEGER NOT NULL,
    "gender" TEXT,
    "politics" TEXT,
    "education" TEXT,
    "skills" TEXT,
    "fiveGood" BOOLEAN NOT NULL DEFAULT false,
    "excellent" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "note" TEXT,
    "source" TEXT NOT NULL DEFAULT 'roster',
    "rowDigest" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegisterAward" (
    "awardId" INTEGER NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RegisterAward_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "FixedAward" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResidentMerge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "fromResidentId" INTEGER NOT NULL,
    "intoResidentId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Household_communityId_gridId_building_unit_room_key" ON "Household"("communityId", "gridId", "building", "unit", "room");

-- CreateIndex
CREATE INDEX "RegisterEntry_householdId_idx" ON "RegisterEntry"("householdId");

-- CreateIndex
CREATE INDEX "RegisterEntry_communityId_idx" ON "RegisterEntry"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentMerge_fromResidentId_key" ON "ResidentMerge"("fromResidentId");

-- CreateIndex
CREATE INDEX "ResidentMerge_communityId_idx" ON "ResidentMerge"("communityId");

-- CreateIndex
CREATE INDEX "ResidentMerge_intoResidentId_idx" ON "ResidentMerge"("intoResidentId");


-- A merge is an auditable link: kept as written.
CREATE TRIGGER "ResidentMerge_no_update" BEFORE UPDATE ON "ResidentMerge"
BEGIN
    SELECT RAISE(ABORT, 'ResidentMerge is append-only: UPDATE refused');
END;

CREATE TRIGGER "ResidentMerge_no_delete" BEFORE DELETE ON "ResidentMerge"
BEGIN
    SELECT RAISE(ABORT, 'ResidentMerge is append-only: DELETE refused');
END;
