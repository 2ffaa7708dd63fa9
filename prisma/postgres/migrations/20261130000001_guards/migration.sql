-- Hand-written: the guards SQLite has as triggers (same names), which Prisma cannot express.

-- Append-only tables: points, the audit trail, recorded posts, tickets.
CREATE FUNCTION deedbank_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER "LedgerEntry_no_update" BEFORE UPDATE ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "LedgerEntry_no_delete" BEFORE DELETE ON "LedgerEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "ScheduledPost_no_update" BEFORE UPDATE ON "ScheduledPost" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "ScheduledPost_no_delete" BEFORE DELETE ON "ScheduledPost" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "TicketEntry_no_update" BEFORE UPDATE ON "TicketEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "TicketEntry_no_delete" BEFORE DELETE ON "TicketEntry" FOR EACH ROW EXECUTE FUNCTION deedbank_append_only();
-- TRUNCATE skips row triggers; refuse it on the same tables.
CREATE TRIGGER "LedgerEntry_no_truncate" BEFORE TRUNCATE ON "LedgerEntry" FOR EACH STATEMENT EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION deedbank_append_only();
CREATE TRIGGER "TicketEntry_no_truncate" BEFORE TRUNCATE ON "TicketEntry" FOR EACH STATEMENT EXECUTE FUNCTION deedbank_append_only();

-- The stock of a shop item never goes below zero, whatever the code does.
CREATE FUNCTION deedbank_stock_not_negative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ShopItem stock cannot go below zero' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "ShopItem_stock_not_negative" BEFORE UPDATE OF "stock" ON "ShopItem"
  FOR EACH ROW WHEN (NEW."stock" < 0) EXECUTE FUNCTION deedbank_stock_not_negative();

-- A prize handed out stays handed out.
CREATE FUNCTION deedbank_collected_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'DrawWinner already collected' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER "DrawWinner_collected_once" BEFORE UPDATE OF "status" ON "DrawWinner"
  FOR EACH ROW WHEN (OLD."status" = 'collected') EXECUTE FUNCTION deedbank_collected_once();
