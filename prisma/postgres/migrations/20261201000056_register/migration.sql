-- PostgreSQL migration "register" (issue 12: the community register), written by
-- npm run db:pg-migration and cut down to this branch's own tables: Household, RegisterEntry,
-- RegisterAward, ResidentMerge. The snapshot beside it is 20261130000000_init's plus these.

-- CreateTable
CREATE TABLE "Household" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "gridId" INTEGER NOT NULL,
    "building" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '',
    "room" TEXT NOT NULL DEFAULT '',
    "headResidentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "residentId" INTEGER NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterEntry_pkey" PRIMARY KEY ("residentId")
);

-- CreateTable
CREATE TABLE "RegisterAward" (
    "awardId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterAward_pkey" PRIMARY KEY ("awardId")
);

-- CreateTable
CREATE TABLE "ResidentMerge" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "fromResidentId" INTEGER NOT NULL,
    "intoResidentId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResidentMerge_pkey" PRIMARY KEY ("id")
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

-- Hand-written part: the SQLite triggers of 20261201120000_register, in PostgreSQL syntax,
-- under the same names. A merge is never undone or rewritten.
CREATE TRIGGER "ResidentMerge_no_update" BEFORE UPDATE ON "ResidentMerge" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "ResidentMerge_no_delete" BEFORE DELETE ON "ResidentMerge" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
