-- CreateTable
CREATE TABLE "PossibleReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "gridId" INTEGER,
    "chatGroupId" INTEGER,
    "platform" TEXT NOT NULL,
    "externalChatId" TEXT NOT NULL,
    "externalMessageId" TEXT,
    "senderIdentityId" INTEGER NOT NULL,
    "senderResidentId" INTEGER,
    "rawText" TEXT NOT NULL,
    "deeds" TEXT NOT NULL,
    "suggestedPoints" INTEGER NOT NULL,
    "doerName" TEXT,
    "confidence" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reportId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "PossibleReport_communityId_status_idx" ON "PossibleReport"("communityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PossibleReport_platform_externalChatId_externalMessageId_key" ON "PossibleReport"("platform", "externalChatId", "externalMessageId");

