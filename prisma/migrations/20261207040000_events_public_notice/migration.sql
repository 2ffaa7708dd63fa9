-- Events (credit everyone who came) and 公示, the public notice before a big award (issue 11).
-- New tables carry their CHECKs and foreign keys from the start; RewardSettings gains two
-- columns by ALTER TABLE, so its foreign key is kept (no rebuild).

ALTER TABLE "RewardSettings" ADD COLUMN "noticeThreshold" INTEGER NOT NULL DEFAULT 50;
ALTER TABLE "RewardSettings" ADD COLUMN "noticeDays" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "Event_status_check" CHECK ("status" IN ('open', 'closed')),
    CONSTRAINT "Event_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventAttendee" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "addedById" INTEGER,
    "creditedPoints" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventAttendee_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventAttendee_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EventAttendee_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "doerResidentId" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "deeds" TEXT NOT NULL,
    "approverId" INTEGER NOT NULL,
    "confirmerId" INTEGER,
    "confirmedAt" DATETIME,
    "windowEndsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "creditedAt" DATETIME,
    CONSTRAINT "PublicNotice_status_check" CHECK ("status" IN ('open', 'credited', 'cancelled')),
    CONSTRAINT "PublicNotice_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_doerResidentId_fkey" FOREIGN KEY ("doerResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PublicNotice_confirmerId_fkey" FOREIGN KEY ("confirmerId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Event_communityId_number_key" ON "Event"("communityId", "number");
CREATE UNIQUE INDEX "EventAttendee_eventId_residentId_key" ON "EventAttendee"("eventId", "residentId");
CREATE UNIQUE INDEX "PublicNotice_reportId_key" ON "PublicNotice"("reportId");
CREATE INDEX "PublicNotice_status_windowEndsAt_idx" ON "PublicNotice"("status", "windowEndsAt");
CREATE INDEX "PublicNotice_doerResidentId_status_idx" ON "PublicNotice"("doerResidentId", "status");
CREATE UNIQUE INDEX "PublicNotice_communityId_number_key" ON "PublicNotice"("communityId", "number");
