-- PostgreSQL migration "sqlite_parity", written by npm run db:pg-migration.

-- CreateTable
CREATE TABLE "PossibleReport" (
    "id" SERIAL NOT NULL,
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
    "confidence" DOUBLE PRECISION NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "reportId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PossibleReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentTotals" (
    "residentId" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "dynamic" INTEGER NOT NULL DEFAULT 0,
    "fixed" INTEGER NOT NULL DEFAULT 0,
    "spent" INTEGER NOT NULL DEFAULT 0,
    "ticketPoints" INTEGER NOT NULL DEFAULT 0,
    "earned" INTEGER NOT NULL DEFAULT 0,
    "lastEarnedAt" TIMESTAMP(3),
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "ticketsEarnedNet" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ResidentTotals_pkey" PRIMARY KEY ("residentId")
);

-- CreateTable
CREATE TABLE "CacheVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BindAttempt" (
    "id" SERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BindAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PossibleReport_communityId_status_idx" ON "PossibleReport"("communityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PossibleReport_platform_externalChatId_externalMessageId_key" ON "PossibleReport"("platform", "externalChatId", "externalMessageId");

-- CreateIndex
CREATE INDEX "ResidentTotals_communityId_earned_idx" ON "ResidentTotals"("communityId", "earned");

-- CreateIndex
CREATE INDEX "BindAttempt_scope_at_idx" ON "BindAttempt"("scope", "at");

-- CreateIndex
CREATE INDEX "ChatIdentity_residentId_idx" ON "ChatIdentity"("residentId");

-- CreateIndex
CREATE INDEX "DeedReport_senderIdentityId_createdAt_idx" ON "DeedReport"("senderIdentityId", "createdAt");

-- CreateIndex
CREATE INDEX "DeedReport_gridId_createdAt_idx" ON "DeedReport"("gridId", "createdAt");

-- CreateIndex
CREATE INDEX "DeedReport_communityId_status_decidedAt_idx" ON "DeedReport"("communityId", "status", "decidedAt");

-- Hand-written part: what prisma/migrations/20261201091000_schema_guards, 20261201140000_running_totals
-- and 20261201140100_cache_version hold in SQL only (Prisma's schema cannot express it), in
-- PostgreSQL syntax, under the same names. PostgreSQL adds a CHECK or a foreign key in place
-- (no table rebuild) and checks the rows already there: a row that breaks one makes this
-- migration fail whole, as SQLite's foreign_key_check does.

-- CHECK constraints on every status and kind column (values from the field comments in schema.prisma).
ALTER TABLE "CatalogItem" ADD CONSTRAINT "CatalogItem_unit_check" CHECK ("unit" IN ('item', 'hour', 'occasion'));
ALTER TABLE "DeedReport" ADD CONSTRAINT "DeedReport_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected', 'withdrawn', 'revoked'));
ALTER TABLE "DrawWinner" ADD CONSTRAINT "DrawWinner_status_check" CHECK ("status" IN ('pending', 'collected'));
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_mode_check" CHECK ("mode" IN ('all', 'choose'));
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_status_check" CHECK ("status" IN ('open', 'drawn'));
ALTER TABLE "FixedAward" ADD CONSTRAINT "FixedAward_status_check" CHECK ("status" IN ('active', 'removed'));
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_kind_check" CHECK ("kind" IN ('deed', 'reversal', 'adjustment', 'fixed', 'fixed_reversal', 'exchange'));
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_status_check" CHECK ("status" IN ('pending', 'sent', 'failed'));
ALTER TABLE "Resident" ADD CONSTRAINT "Resident_status_check" CHECK ("status" IN ('active', 'unregistered', 'inactive'));
ALTER TABLE "Role" ADD CONSTRAINT "Role_role_check" CHECK ("role" IN ('grid_worker', 'admin'));
ALTER TABLE "TicketEntry" ADD CONSTRAINT "TicketEntry_kind_check" CHECK ("kind" IN ('earned', 'reversal', 'draw'));

-- Foreign keys the Prisma schema has no relation for: the reward tables, and the resident
-- columns of DeedReport and LedgerEntry.
ALTER TABLE "DeedReport" ADD CONSTRAINT "DeedReport_doerResidentId_fkey" FOREIGN KEY ("doerResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeedReport" ADD CONSTRAINT "DeedReport_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeedReport" ADD CONSTRAINT "DeedReport_senderResidentId_fkey" FOREIGN KEY ("senderResidentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DrawPledge" ADD CONSTRAINT "DrawPledge_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DrawWinner" ADD CONSTRAINT "DrawWinner_collectedById_fkey" FOREIGN KEY ("collectedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DrawWinner" ADD CONSTRAINT "DrawWinner_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Draw" ADD CONSTRAINT "Draw_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FixedAward" ADD CONSTRAINT "FixedAward_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FixedAward" ADD CONSTRAINT "FixedAward_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FixedAward" ADD CONSTRAINT "FixedAward_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FixedAward" ADD CONSTRAINT "FixedAward_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FixedCategory" ADD CONSTRAINT "FixedCategory_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RewardSettings" ADD CONSTRAINT "RewardSettings_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ShopExchange" ADD CONSTRAINT "ShopExchange_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ShopExchange" ADD CONSTRAINT "ShopExchange_handedById_fkey" FOREIGN KEY ("handedById") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ShopExchange" ADD CONSTRAINT "ShopExchange_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ShopItem" ADD CONSTRAINT "ShopItem_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TicketEntry" ADD CONSTRAINT "TicketEntry_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TicketEntry" ADD CONSTRAINT "TicketEntry_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "Draw" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TicketEntry" ADD CONSTRAINT "TicketEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TicketEntry" ADD CONSTRAINT "TicketEntry_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A role is unique per (resident, role, grid) even when the grid is NULL (an admin role):
-- the unique index above treats NULLs as distinct. A role granted twice is kept once, as in SQLite.
DELETE FROM "Role" WHERE "id" NOT IN (SELECT MIN("id") FROM "Role" GROUP BY "residentId", "role", COALESCE("gridId", 0));
CREATE UNIQUE INDEX "Role_residentId_role_grid_key" ON "Role"("residentId", "role", COALESCE("gridId", 0));

-- Running totals, kept by the database itself in the transaction that inserts the ledger row,
-- with the same rules as the SQLite triggers. Ledger rows are never updated or deleted (their
-- own triggers refuse it), so INSERT is the only change to follow. Two writers for the same
-- resident serialize on the ResidentTotals row lock; the UPDATE re-reads the committed row.
CREATE FUNCTION deedbank_ledger_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ResidentTotals" ("residentId", "communityId") VALUES (NEW."residentId", NEW."communityId")
    ON CONFLICT ("residentId") DO NOTHING;
  UPDATE "ResidentTotals" SET
    "balance" = "balance" + NEW."points",
    "dynamic" = "dynamic" + CASE WHEN NEW."kind" IN ('deed', 'reversal', 'adjustment') THEN NEW."points" ELSE 0 END,
    "fixed" = "fixed" + CASE WHEN NEW."kind" IN ('fixed', 'fixed_reversal') THEN NEW."points" ELSE 0 END,
    "spent" = "spent" + CASE WHEN NEW."kind" = 'exchange' THEN NEW."points" ELSE 0 END,
    "ticketPoints" = "ticketPoints" + CASE WHEN NEW."kind" IN ('deed', 'reversal') THEN NEW."points" ELSE 0 END,
    "earned" = "earned" + CASE WHEN NEW."kind" <> 'exchange' THEN NEW."points" ELSE 0 END,
    "lastEarnedAt" = CASE WHEN NEW."kind" <> 'exchange' AND ("lastEarnedAt" IS NULL OR NEW."createdAt" > "lastEarnedAt")
      THEN NEW."createdAt" ELSE "lastEarnedAt" END
  WHERE "residentId" = NEW."residentId";
  RETURN NULL;
END $$;
CREATE TRIGGER "LedgerEntry_totals" AFTER INSERT ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_ledger_totals();

CREATE FUNCTION deedbank_ticket_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ResidentTotals" ("residentId", "communityId") VALUES (NEW."residentId", NEW."communityId")
    ON CONFLICT ("residentId") DO NOTHING;
  UPDATE "ResidentTotals" SET
    "tickets" = "tickets" + NEW."tickets",
    "ticketsEarnedNet" = "ticketsEarnedNet" + CASE WHEN NEW."kind" IN ('earned', 'reversal') THEN NEW."tickets" ELSE 0 END
  WHERE "residentId" = NEW."residentId";
  RETURN NULL;
END $$;
CREATE TRIGGER "TicketEntry_totals" AFTER INSERT ON "TicketEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_ticket_totals();

-- The totals of the history already there.
INSERT INTO "ResidentTotals" ("residentId", "communityId", "balance", "dynamic", "fixed", "spent", "ticketPoints", "earned", "lastEarnedAt")
SELECT "residentId", MIN("communityId"), SUM("points"),
  SUM(CASE WHEN "kind" IN ('deed', 'reversal', 'adjustment') THEN "points" ELSE 0 END),
  SUM(CASE WHEN "kind" IN ('fixed', 'fixed_reversal') THEN "points" ELSE 0 END),
  SUM(CASE WHEN "kind" = 'exchange' THEN "points" ELSE 0 END),
  SUM(CASE WHEN "kind" IN ('deed', 'reversal') THEN "points" ELSE 0 END),
  SUM(CASE WHEN "kind" <> 'exchange' THEN "points" ELSE 0 END),
  MAX(CASE WHEN "kind" <> 'exchange' THEN "createdAt" END)
FROM "LedgerEntry" GROUP BY "residentId";

INSERT INTO "ResidentTotals" ("residentId", "communityId", "tickets", "ticketsEarnedNet")
SELECT "residentId", MIN("communityId"), SUM("tickets"), SUM(CASE WHEN "kind" IN ('earned', 'reversal') THEN "tickets" ELSE 0 END)
FROM "TicketEntry" GROUP BY "residentId"
ON CONFLICT ("residentId") DO UPDATE SET "tickets" = excluded."tickets", "ticketsEarnedNet" = excluded."ticketsEarnedNet";

-- The cache version: any change to the groups, grids, catalog, reward settings or a
-- community's name, slug, locale or time zone bumps it, so every process drops its caches.
INSERT INTO "CacheVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION deedbank_cache_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "ChatGroup_cache_insert" AFTER INSERT ON "ChatGroup" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "ChatGroup_cache_update" AFTER UPDATE ON "ChatGroup" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "ChatGroup_cache_delete" AFTER DELETE ON "ChatGroup" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "Grid_cache_insert" AFTER INSERT ON "Grid" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "Grid_cache_update" AFTER UPDATE ON "Grid" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "Grid_cache_delete" AFTER DELETE ON "Grid" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "CatalogItem_cache_insert" AFTER INSERT ON "CatalogItem" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "CatalogItem_cache_update" AFTER UPDATE ON "CatalogItem" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "CatalogItem_cache_delete" AFTER DELETE ON "CatalogItem" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "RewardSettings_cache_insert" AFTER INSERT ON "RewardSettings" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "RewardSettings_cache_update" AFTER UPDATE ON "RewardSettings" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "RewardSettings_cache_delete" AFTER DELETE ON "RewardSettings" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
CREATE TRIGGER "Community_cache_update" AFTER UPDATE OF "slug", "name", "locale", "timezone" ON "Community" FOR EACH ROW EXECUTE FUNCTION deedbank_cache_bump();
