-- The schema guards itself (issue 9): CHECK constraints on every status and kind column,
-- foreign keys on the reward tables and on DeedReport's resident columns, role uniqueness that
-- holds when gridId is NULL, and the indexes the hot read paths need.
--
-- SQLite cannot add a CHECK or a FOREIGN KEY to an existing table, so each table below is
-- rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter): create new_X with the
-- constraints, copy every row with its id, drop X, rename new_X to X, then re-create X's
-- indexes and triggers (DROP TABLE drops them). Data is kept; the only rows not copied are
-- exact duplicate roles. Prisma's schema cannot express these CHECKs, the expression index or
-- the foreign keys without relations: they live here only (see the note in schema.prisma).
--
-- Foreign keys: storage/migrate.ts runs every migration with foreign_keys OFF (the pragma is a
-- no-op inside the migration's transaction, so it is set outside it) and runs
-- PRAGMA foreign_key_check before committing: a row whose reference points nowhere makes the
-- migration fail whole, leaving the database as it was. The pragmas below do the same when the
-- file is applied by the Prisma CLI.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;

-- Keep every AUTOINCREMENT counter: a rebuilt table would restart from its largest id, and an
-- id once handed out (a deleted outbox row, say) must never be handed out again.
CREATE TEMP TABLE "_i9_seq" AS SELECT "name", "seq" FROM "sqlite_sequence";

-- Resident
CREATE TABLE "new_Resident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "gridId" INTEGER,
    "name" TEXT NOT NULL,
    "building" TEXT,
    "unit" TEXT,
    "room" TEXT,
    "household" TEXT,
    "phoneHash" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "masked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Resident_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resident_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resident_status_check" CHECK ("status" IN ('active', 'unregistered', 'inactive'))
);
INSERT INTO "new_Resident" ("id", "communityId", "gridId", "name", "building", "unit", "room", "household", "phoneHash", "status", "masked", "createdAt") SELECT "id", "communityId", "gridId", "name", "building", "unit", "room", "household", "phoneHash", "status", "masked", "createdAt" FROM "Resident";
DROP TABLE "Resident";
ALTER TABLE "new_Resident" RENAME TO "Resident";
CREATE INDEX "Resident_communityId_gridId_name_idx" ON "Resident"("communityId", "gridId", "name");

-- Role
CREATE TABLE "new_Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "residentId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "gridId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Role_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Role_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Role_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_role_check" CHECK ("role" IN ('grid_worker', 'admin'))
);
INSERT INTO "new_Role" ("id", "residentId", "communityId", "role", "gridId", "createdAt") SELECT "id", "residentId", "communityId", "role", "gridId", "createdAt" FROM "Role"
    -- a role granted twice (possible before: NULLs are distinct in a unique index) is kept once
    WHERE "id" IN (SELECT MIN("id") FROM "Role" GROUP BY "residentId", "role", COALESCE("gridId", 0));
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE UNIQUE INDEX "Role_residentId_role_gridId_key" ON "Role"("residentId", "role", "gridId");
-- Unique even when gridId is NULL (an admin role): SQLite treats NULLs as distinct in the index above.
CREATE UNIQUE INDEX "Role_residentId_role_grid_key" ON "Role"("residentId", "role", COALESCE("gridId", 0));

-- CatalogItem
CREATE TABLE "new_CatalogItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "match" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CatalogItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CatalogItem_unit_check" CHECK ("unit" IN ('item', 'hour', 'occasion'))
);
INSERT INTO "new_CatalogItem" ("id", "communityId", "code", "nameZh", "nameEn", "points", "unit", "active", "match", "sortOrder") SELECT "id", "communityId", "code", "nameZh", "nameEn", "points", "unit", "active", "match", "sortOrder" FROM "CatalogItem";
DROP TABLE "CatalogItem";
ALTER TABLE "new_CatalogItem" RENAME TO "CatalogItem";
CREATE UNIQUE INDEX "CatalogItem_communityId_code_key" ON "CatalogItem"("communityId", "code");

-- DeedReport
CREATE TABLE "new_DeedReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
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
    "doerResidentId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "awardedPoints" INTEGER,
    "reviewerId" INTEGER,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DeedReport_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "Grid" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_chatGroupId_fkey" FOREIGN KEY ("chatGroupId") REFERENCES "ChatGroup" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_senderIdentityId_fkey" FOREIGN KEY ("senderIdentityId") REFERENCES "ChatIdentity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected', 'withdrawn', 'revoked')),
    CONSTRAINT "DeedReport_senderResidentId_fkey" FOREIGN KEY ("senderResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_doerResidentId_fkey" FOREIGN KEY ("doerResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DeedReport_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DeedReport" ("id", "communityId", "number", "gridId", "chatGroupId", "platform", "externalChatId", "externalMessageId", "senderIdentityId", "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerName", "doerResidentId", "status", "awardedPoints", "reviewerId", "reason", "createdAt", "decidedAt", "updatedAt") SELECT "id", "communityId", "number", "gridId", "chatGroupId", "platform", "externalChatId", "externalMessageId", "senderIdentityId", "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerName", "doerResidentId", "status", "awardedPoints", "reviewerId", "reason", "createdAt", "decidedAt", "updatedAt" FROM "DeedReport";
DROP TABLE "DeedReport";
ALTER TABLE "new_DeedReport" RENAME TO "DeedReport";
CREATE INDEX "DeedReport_communityId_status_createdAt_idx" ON "DeedReport"("communityId", "status", "createdAt");
CREATE UNIQUE INDEX "DeedReport_communityId_number_key" ON "DeedReport"("communityId", "number");
CREATE UNIQUE INDEX "DeedReport_platform_externalChatId_externalMessageId_key" ON "DeedReport"("platform", "externalChatId", "externalMessageId");

-- LedgerEntry
CREATE TABLE "new_LedgerEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "actorId" INTEGER,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerEntry_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LedgerEntry_kind_check" CHECK ("kind" IN ('deed', 'reversal', 'adjustment', 'fixed', 'fixed_reversal', 'exchange')),
    CONSTRAINT "LedgerEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LedgerEntry" ("id", "communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "actorId", "note", "createdAt") SELECT "id", "communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "actorId", "note", "createdAt" FROM "LedgerEntry";
DROP TABLE "LedgerEntry";
ALTER TABLE "new_LedgerEntry" RENAME TO "LedgerEntry";
CREATE UNIQUE INDEX "LedgerEntry_idempotencyKey_key" ON "LedgerEntry"("idempotencyKey");
CREATE INDEX "LedgerEntry_communityId_createdAt_idx" ON "LedgerEntry"("communityId", "createdAt");
CREATE INDEX "LedgerEntry_residentId_idx" ON "LedgerEntry"("residentId");
CREATE TRIGGER "LedgerEntry_no_update" BEFORE UPDATE ON "LedgerEntry"
BEGIN
    SELECT RAISE(ABORT, 'LedgerEntry is append-only: UPDATE refused');
END;
CREATE TRIGGER "LedgerEntry_no_delete" BEFORE DELETE ON "LedgerEntry"
BEGIN
    SELECT RAISE(ABORT, 'LedgerEntry is append-only: DELETE refused');
END;

-- OutboxMessage
CREATE TABLE "new_OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "externalMessageId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "OutboxMessage_status_check" CHECK ("status" IN ('pending', 'sent', 'failed'))
);
INSERT INTO "new_OutboxMessage" ("id", "platform", "chatId", "text", "payload", "dedupeKey", "status", "attempts", "notBefore", "lastError", "externalMessageId", "createdAt", "sentAt") SELECT "id", "platform", "chatId", "text", "payload", "dedupeKey", "status", "attempts", "notBefore", "lastError", "externalMessageId", "createdAt", "sentAt" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- RewardSettings
CREATE TABLE "new_RewardSettings" (
    "communityId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ticketRatio" INTEGER NOT NULL DEFAULT 2,
    "shopLowersRanking" BOOLEAN NOT NULL DEFAULT false,
    "fixedTargetPercent" INTEGER NOT NULL DEFAULT 10,
    CONSTRAINT "RewardSettings_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_RewardSettings" ("communityId", "ticketRatio", "shopLowersRanking", "fixedTargetPercent") SELECT "communityId", "ticketRatio", "shopLowersRanking", "fixedTargetPercent" FROM "RewardSettings";
DROP TABLE "RewardSettings";
ALTER TABLE "new_RewardSettings" RENAME TO "RewardSettings";

-- FixedCategory
CREATE TABLE "new_FixedCategory" (
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
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "FixedCategory_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FixedCategory" ("id", "communityId", "code", "nameZh", "nameEn", "points", "levels", "maxPerResident", "household", "active", "sortOrder") SELECT "id", "communityId", "code", "nameZh", "nameEn", "points", "levels", "maxPerResident", "household", "active", "sortOrder" FROM "FixedCategory";
DROP TABLE "FixedCategory";
ALTER TABLE "new_FixedCategory" RENAME TO "FixedCategory";
CREATE UNIQUE INDEX "FixedCategory_communityId_code_key" ON "FixedCategory"("communityId", "code");

-- FixedAward
CREATE TABLE "new_FixedAward" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FixedAward_status_check" CHECK ("status" IN ('active', 'removed')),
    CONSTRAINT "FixedAward_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FixedAward_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FixedAward_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FixedAward_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FixedAward" ("id", "communityId", "residentId", "code", "level", "detail", "points", "actorId", "status", "removedReason", "removedById", "removedAt", "createdAt") SELECT "id", "communityId", "residentId", "code", "level", "detail", "points", "actorId", "status", "removedReason", "removedById", "removedAt", "createdAt" FROM "FixedAward";
DROP TABLE "FixedAward";
ALTER TABLE "new_FixedAward" RENAME TO "FixedAward";
CREATE INDEX "FixedAward_residentId_code_idx" ON "FixedAward"("residentId", "code");
CREATE INDEX "FixedAward_communityId_idx" ON "FixedAward"("communityId");

-- TicketEntry
CREATE TABLE "new_TicketEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "drawId" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TicketEntry_kind_check" CHECK ("kind" IN ('earned', 'reversal', 'draw')),
    CONSTRAINT "TicketEntry_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketEntry_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TicketEntry_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_TicketEntry" ("id", "communityId", "residentId", "tickets", "kind", "reportId", "drawId", "idempotencyKey", "createdAt") SELECT "id", "communityId", "residentId", "tickets", "kind", "reportId", "drawId", "idempotencyKey", "createdAt" FROM "TicketEntry";
DROP TABLE "TicketEntry";
ALTER TABLE "new_TicketEntry" RENAME TO "TicketEntry";
CREATE UNIQUE INDEX "TicketEntry_idempotencyKey_key" ON "TicketEntry"("idempotencyKey");
CREATE INDEX "TicketEntry_residentId_createdAt_idx" ON "TicketEntry"("residentId", "createdAt");
CREATE INDEX "TicketEntry_communityId_createdAt_idx" ON "TicketEntry"("communityId", "createdAt");
CREATE TRIGGER "TicketEntry_no_update" BEFORE UPDATE ON "TicketEntry"
BEGIN
    SELECT RAISE(ABORT, 'TicketEntry is append-only: UPDATE refused');
END;
CREATE TRIGGER "TicketEntry_no_delete" BEFORE DELETE ON "TicketEntry"
BEGIN
    SELECT RAISE(ABORT, 'TicketEntry is append-only: DELETE refused');
END;

-- Draw
CREATE TABLE "new_Draw" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Draw_status_check" CHECK ("status" IN ('open', 'drawn')),
    CONSTRAINT "Draw_mode_check" CHECK ("mode" IN ('all', 'choose')),
    CONSTRAINT "Draw_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Draw_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Draw" ("id", "communityId", "title", "status", "mode", "allowRepeatWinners", "closesAt", "commitment", "seed", "entries", "createdById", "drawnAt", "createdAt") SELECT "id", "communityId", "title", "status", "mode", "allowRepeatWinners", "closesAt", "commitment", "seed", "entries", "createdById", "drawnAt", "createdAt" FROM "Draw";
DROP TABLE "Draw";
ALTER TABLE "new_Draw" RENAME TO "Draw";
CREATE INDEX "Draw_communityId_status_idx" ON "Draw"("communityId", "status");

-- DrawPledge
CREATE TABLE "new_DrawPledge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "drawId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "tickets" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DrawPledge_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DrawPledge_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DrawPledge" ("id", "drawId", "residentId", "tickets", "createdAt") SELECT "id", "drawId", "residentId", "tickets", "createdAt" FROM "DrawPledge";
DROP TABLE "DrawPledge";
ALTER TABLE "new_DrawPledge" RENAME TO "DrawPledge";
CREATE INDEX "DrawPledge_drawId_residentId_idx" ON "DrawPledge"("drawId", "residentId");

-- DrawWinner
CREATE TABLE "new_DrawWinner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "drawId" INTEGER NOT NULL,
    "prizeId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "collectedAt" DATETIME,
    "collectedById" INTEGER,
    CONSTRAINT "DrawWinner_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DrawWinner_prizeId_fkey" FOREIGN KEY ("prizeId") REFERENCES "DrawPrize" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DrawWinner_status_check" CHECK ("status" IN ('pending', 'collected')),
    CONSTRAINT "DrawWinner_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DrawWinner_collectedById_fkey" FOREIGN KEY ("collectedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_DrawWinner" ("id", "drawId", "prizeId", "position", "residentId", "status", "collectedAt", "collectedById") SELECT "id", "drawId", "prizeId", "position", "residentId", "status", "collectedAt", "collectedById" FROM "DrawWinner";
DROP TABLE "DrawWinner";
ALTER TABLE "new_DrawWinner" RENAME TO "DrawWinner";
CREATE UNIQUE INDEX "DrawWinner_drawId_position_key" ON "DrawWinner"("drawId", "position");
CREATE TRIGGER "DrawWinner_collected_once" BEFORE UPDATE OF "status" ON "DrawWinner"
WHEN OLD."status" = 'collected'
BEGIN
    SELECT RAISE(ABORT, 'DrawWinner already collected');
END;

-- ShopItem
CREATE TABLE "new_ShopItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShopItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ShopItem" ("id", "communityId", "name", "price", "stock", "active", "createdAt") SELECT "id", "communityId", "name", "price", "stock", "active", "createdAt" FROM "ShopItem";
DROP TABLE "ShopItem";
ALTER TABLE "new_ShopItem" RENAME TO "ShopItem";
CREATE UNIQUE INDEX "ShopItem_communityId_name_key" ON "ShopItem"("communityId", "name");
CREATE TRIGGER "ShopItem_stock_not_negative" BEFORE UPDATE OF "stock" ON "ShopItem"
WHEN NEW."stock" < 0
BEGIN
    SELECT RAISE(ABORT, 'ShopItem stock cannot go below zero');
END;

-- ShopExchange
CREATE TABLE "new_ShopExchange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "residentId" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,
    "handedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShopExchange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ShopItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ShopExchange_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ShopExchange_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ShopExchange_handedById_fkey" FOREIGN KEY ("handedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ShopExchange" ("id", "communityId", "itemId", "residentId", "price", "handedById", "createdAt") SELECT "id", "communityId", "itemId", "residentId", "price", "handedById", "createdAt" FROM "ShopExchange";
DROP TABLE "ShopExchange";
ALTER TABLE "new_ShopExchange" RENAME TO "ShopExchange";
CREATE INDEX "ShopExchange_residentId_idx" ON "ShopExchange"("residentId");

-- Indexes for the hot read paths (each is checked with EXPLAIN QUERY PLAN in
-- tests/storage/query-plans.test.ts).
-- the daily-limit count and the same-reporter duplicate check
CREATE INDEX "DeedReport_senderIdentityId_createdAt_idx" ON "DeedReport"("senderIdentityId", "createdAt");
-- the same-grid duplicate check
CREATE INDEX "DeedReport_gridId_createdAt_idx" ON "DeedReport"("gridId", "createdAt");
-- approved reports of a period (honour list)
CREATE INDEX "DeedReport_communityId_status_decidedAt_idx" ON "DeedReport"("communityId", "status", "decidedAt");
-- a resident's chat accounts
CREATE INDEX "ChatIdentity_residentId_idx" ON "ChatIdentity"("residentId");

UPDATE "sqlite_sequence" SET "seq" = (SELECT "o"."seq" FROM "_i9_seq" AS "o" WHERE "o"."name" = "sqlite_sequence"."name")
WHERE (SELECT "o"."seq" FROM "_i9_seq" AS "o" WHERE "o"."name" = "sqlite_sequence"."name") > "seq";
INSERT INTO "sqlite_sequence" ("name", "seq")
SELECT "o"."name", "o"."seq" FROM "_i9_seq" AS "o"
WHERE "o"."name" NOT IN (SELECT "name" FROM "sqlite_sequence")
  AND "o"."name" IN (SELECT "name" FROM "sqlite_schema" WHERE "type" = 'table');
-- An empty table copied gets a counter row of 0 it did not have: drop those.
DELETE FROM "sqlite_sequence" WHERE "seq" = 0 AND "name" NOT IN (SELECT "name" FROM "_i9_seq");
DROP TABLE "_i9_seq";

PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
