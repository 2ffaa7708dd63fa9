-- PostgreSQL migration "events_public_notice", written by npm run db:pg-migration.

-- AlterTable
ALTER TABLE "RewardSettings" ADD COLUMN     "noticeDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "noticeThreshold" INTEGER NOT NULL DEFAULT 50;

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "gridId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "externalChatId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "points" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openedById" INTEGER NOT NULL,
    "closedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventAttendee" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "addedById" INTEGER,
    "creditedPoints" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "doerResidentId" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "deeds" TEXT NOT NULL,
    "approverId" INTEGER NOT NULL,
    "confirmerId" INTEGER,
    "confirmedAt" TIMESTAMP(3),
    "windowEndsAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "creditedAt" TIMESTAMP(3),

    CONSTRAINT "PublicNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_communityId_number_key" ON "Event"("communityId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "EventAttendee_eventId_residentId_key" ON "EventAttendee"("eventId", "residentId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicNotice_reportId_key" ON "PublicNotice"("reportId");

-- CreateIndex
CREATE INDEX "PublicNotice_status_windowEndsAt_idx" ON "PublicNotice"("status", "windowEndsAt");

-- CreateIndex
CREATE INDEX "PublicNotice_doerResidentId_status_idx" ON "PublicNotice"("doerResidentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PublicNotice_communityId_number_key" ON "PublicNotice"("communityId", "number");

-- AddForeignKey
ALTER TABLE "EventAttendee" ADD CONSTRAINT "EventAttendee_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written part: the triggers, CHECK constraints and SQL-only foreign keys and indexes
-- of the SQLite migrations, in PostgreSQL syntax, under the same names (see
-- 20261130000001_guards and 20261201000530_sqlite_parity for examples).
-- Ported from the SQLite migration 20261207040000_events_public_notice: CHECKs and foreign keys.
ALTER TABLE "Event" ADD CONSTRAINT "Event_status_check" CHECK ("status" IN ('open', 'closed'));
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_status_check" CHECK ("status" IN ('open', 'credited', 'cancelled'));
ALTER TABLE "Event" ADD CONSTRAINT "Event_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EventAttendee" ADD CONSTRAINT "EventAttendee_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EventAttendee" ADD CONSTRAINT "EventAttendee_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_doerResidentId_fkey" FOREIGN KEY ("doerResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_confirmerId_fkey" FOREIGN KEY ("confirmerId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
