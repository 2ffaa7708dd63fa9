-- PostgreSQL migration "report_deed_key", written by npm run db:pg-migration.

-- DropIndex
DROP INDEX "DeedReport_gridId_createdAt_idx";

-- AlterTable
ALTER TABLE "DeedReport" ADD COLUMN     "deedKey" TEXT NOT NULL DEFAULT '*';

-- Issue 14: a report of one deed carries it as "category:quantity" for the same-grid duplicate
-- check (see the SQLite migration of the same name); existing reports get theirs here.
UPDATE "DeedReport" SET "deedKey" = ("deeds"::jsonb -> 0 ->> 'category') || ':' || ("deeds"::jsonb -> 0 ->> 'quantity')
WHERE jsonb_typeof("deeds"::jsonb) = 'array' AND jsonb_array_length("deeds"::jsonb) = 1
  AND ("deeds"::jsonb -> 0 ->> 'category') IS NOT NULL AND ("deeds"::jsonb -> 0 ->> 'quantity') IS NOT NULL;

-- CreateIndex
CREATE INDEX "DeedReport_gridId_deedKey_createdAt_idx" ON "DeedReport"("gridId", "deedKey", "createdAt");

-- Hand-written part: the triggers, CHECK constraints and SQL-only foreign keys and indexes
-- of the SQLite migrations, in PostgreSQL syntax, under the same names (see
-- 20261130000001_guards and 20261201000530_sqlite_parity for examples).
