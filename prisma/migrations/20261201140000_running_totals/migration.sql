-- CreateTable
CREATE TABLE "ResidentTotals" (
    "residentId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "communityId" INTEGER NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "dynamic" INTEGER NOT NULL DEFAULT 0,
    "fixed" INTEGER NOT NULL DEFAULT 0,
    "spent" INTEGER NOT NULL DEFAULT 0,
    "ticketPoints" INTEGER NOT NULL DEFAULT 0,
    "earned" INTEGER NOT NULL DEFAULT 0,
    "lastEarnedAt" DATETIME,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "ticketsEarnedNet" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "ResidentTotals_communityId_earned_idx" ON "ResidentTotals"("communityId", "earned");


-- Kept by the database itself, in the transaction that inserts the ledger row: no writer
-- (the bot, the CLI, a second process, a bulk import) can forget it. Ledger rows are never
-- updated or deleted (their own triggers refuse it), so INSERT is the only change to follow.
CREATE TRIGGER "LedgerEntry_totals" AFTER INSERT ON "LedgerEntry"
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
END;

CREATE TRIGGER "TicketEntry_totals" AFTER INSERT ON "TicketEntry"
BEGIN
  INSERT INTO "ResidentTotals" ("residentId", "communityId") VALUES (NEW."residentId", NEW."communityId")
    ON CONFLICT ("residentId") DO NOTHING;
  UPDATE "ResidentTotals" SET
    "tickets" = "tickets" + NEW."tickets",
    "ticketsEarnedNet" = "ticketsEarnedNet" + CASE WHEN NEW."kind" IN ('earned', 'reversal') THEN NEW."tickets" ELSE 0 END
  WHERE "residentId" = NEW."residentId";
END;

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
FROM "TicketEntry" WHERE true GROUP BY "residentId"
ON CONFLICT ("residentId") DO UPDATE SET "tickets" = excluded."tickets", "ticketsEarnedNet" = excluded."ticketsEarnedNet";
