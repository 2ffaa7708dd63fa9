-- Fixed points, reward tickets, prize draws and the points shop (issue 6).
-- CreateTable
CREATE TABLE "RewardSettings" (
    "communityId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketRatio" INTEGER NOT NULL DEFAULT 2,
    "shopLowersRanking" BOOLEAN NOT NULL DEFAULT false,
    "fixedTargetPercent" INTEGER NOT NULL DEFAULT 10
);

-- CreateTable
CREATE TABLE "FixedCategory" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "levels" TEXT NOT NULL DEFAULT '[]',
    "maxPerResident" INTEGER NOT NULL DEFAULT 1,
    "household" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "FixedAward" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "level" TEXT,
    "detail" TEXT,
    "points" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "removedReason" TEXT,
    "removedById" INTEGER,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TicketEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "drawId" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Draw" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "mode" TEXT NOT NULL DEFAULT 'all',
    "allowRepeatWinners" BOOLEAN NOT NULL DEFAULT false,
    "closesAt" DATETIME NOT NULL,
    "commitment" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "entries" TEXT,
    "createdById" INTEGER,
    "drawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DrawPrize" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "drawId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DrawPrize_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DrawPledge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "drawId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DrawPledge_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DrawWinner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "drawId" INTEGER NOT NULL,
    "prizeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "collectedAt" DATETIME,
    "collectedById" INTEGER,
    CONSTRAINT "DrawWinner_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DrawWinner_prizeId_fkey" FOREIGN KEY ("prizeId") REFERENCES "DrawPrize" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShopItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ShopExchange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,
    "handedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShopExchange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ShopItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FixedCategory_communityId_code_key" ON "FixedCategory"("communityId", "code");

-- CreateIndex
CREATE INDEX "FixedAward_residentId_code_idx" ON "FixedAward"("residentId", "code");

-- CreateIndex
CREATE INDEX "FixedAward_communityId_idx" ON "FixedAward"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketEntry_idempotencyKey_key" ON "TicketEntry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "TicketEntry_residentId_createdAt_idx" ON "TicketEntry"("residentId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketEntry_communityId_createdAt_idx" ON "TicketEntry"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "Draw_communityId_status_idx" ON "Draw"("communityId", "status");

-- CreateIndex
CREATE INDEX "DrawPledge_drawId_residentId_idx" ON "DrawPledge"("drawId", "residentId");

-- CreateIndex
CREATE UNIQUE INDEX "DrawWinner_drawId_position_key" ON "DrawWinner"("drawId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ShopItem_communityId_name_key" ON "ShopItem"("communityId", "name");

-- CreateIndex
CREATE INDEX "ShopExchange_residentId_idx" ON "ShopExchange"("residentId");


-- Reward tickets are money-like: the ticket ledger is append-only.
CREATE TRIGGER "TicketEntry_no_update" BEFORE UPDATE ON "TicketEntry"
BEGIN
    SELECT RAISE(ABORT, 'TicketEntry is append-only: UPDATE refused');
END;

CREATE TRIGGER "TicketEntry_no_delete" BEFORE DELETE ON "TicketEntry"
BEGIN
    SELECT RAISE(ABORT, 'TicketEntry is append-only: DELETE refused');
END;

-- The stock of a shop item never goes below zero, whatever the code does.
CREATE TRIGGER "ShopItem_stock_not_negative" BEFORE UPDATE OF "stock" ON "ShopItem"
WHEN NEW."stock" < 0
BEGIN
    SELECT RAISE(ABORT, 'ShopItem stock cannot go below zero');
END;

-- A prize handed out stays handed out.
CREATE TRIGGER "DrawWinner_collected_once" BEFORE UPDATE OF "status" ON "DrawWinner"
WHEN OLD."status" = 'collected'
BEGIN
    SELECT RAISE(ABORT, 'DrawWinner already collected');
END;
