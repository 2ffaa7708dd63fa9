-- PostgreSQL migration "resident_household_index", written by npm run db:pg-migration.

-- CreateIndex
CREATE INDEX "Resident_communityId_household_idx" ON "Resident"("communityId", "household");

-- Hand-written part: the triggers, CHECK constraints and SQL-only foreign keys and indexes
-- of the SQLite migrations, in PostgreSQL syntax, under the same names (see
-- 20261130000001_guards and 20261201000530_sqlite_parity for examples).
