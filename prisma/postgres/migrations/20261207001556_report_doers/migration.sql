-- PostgreSQL migration "report_doers", written by npm run db:pg-migration.

-- AlterTable
ALTER TABLE "DeedReport" ADD COLUMN     "duplicateOf" INTEGER,
ADD COLUMN     "enteredById" INTEGER,
ADD COLUMN     "mergedInto" INTEGER;

-- CreateTable
CREATE TABLE "DeedReportDoer" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT,
    "residentId" INTEGER,

    CONSTRAINT "DeedReportDoer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeedReportDoer_residentId_idx" ON "DeedReportDoer"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "DeedReportDoer_reportId_position_key" ON "DeedReportDoer"("reportId", "position");

-- AddForeignKey
ALTER TABLE "DeedReportDoer" ADD CONSTRAINT "DeedReportDoer_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeedReportDoer" ADD CONSTRAINT "DeedReportDoer_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written part: the triggers, CHECK constraints and SQL-only foreign keys and indexes
-- of the SQLite migrations, in PostgreSQL syntax, under the same names (see
-- 20261130000001_guards and 20261201000530_sqlite_parity for examples).
