-- PostgreSQL migration "main_merge", written by npm run db:pg-migration.

-- CreateIndex
CREATE INDEX "ChatIdentity_residentId_idx" ON "ChatIdentity"("residentId");

-- CreateIndex
CREATE INDEX "DeedReport_senderIdentityId_createdAt_idx" ON "DeedReport"("senderIdentityId", "createdAt");

-- CreateIndex
CREATE INDEX "DeedReport_gridId_createdAt_idx" ON "DeedReport"("gridId", "createdAt");

-- CreateIndex
CREATE INDEX "DeedReport_communityId_status_decidedAt_idx" ON "DeedReport"("communityId", "status", "decidedAt");

-- Hand-written part: the triggers and CHECK constraints of the SQLite migrations, in
-- PostgreSQL syntax, under the same names (see 20261130000001_guards for examples).
-- TODO port CHECK constraint "Resident_status_check" from prisma/migrations
-- TODO port CHECK constraint "Role_role_check" from prisma/migrations
-- TODO port CHECK constraint "CatalogItem_unit_check" from prisma/migrations
-- TODO port CHECK constraint "DeedReport_status_check" from prisma/migrations
-- TODO port CHECK constraint "LedgerEntry_kind_check" from prisma/migrations
-- TODO port CHECK constraint "OutboxMessage_status_check" from prisma/migrations
-- TODO port CHECK constraint "FixedAward_status_check" from prisma/migrations
-- TODO port CHECK constraint "TicketEntry_kind_check" from prisma/migrations
-- TODO port CHECK constraint "Draw_status_check" from prisma/migrations
-- TODO port CHECK constraint "Draw_mode_check" from prisma/migrations
-- TODO port CHECK constraint "DrawWinner_status_check" from prisma/migrations
