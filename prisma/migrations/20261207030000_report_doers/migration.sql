-- Issue 11: reports with several doers (one row each), proxy entries (who entered them),
-- duplicates pointing to the first report, and merges. New columns only: no table rebuild.
-- AlterTable
ALTER TABLE "DeedReport" ADD COLUMN "duplicateOf" INTEGER;
ALTER TABLE "DeedReport" ADD COLUMN "enteredById" INTEGER;
ALTER TABLE "DeedReport" ADD COLUMN "mergedInto" INTEGER;

-- CreateTable
CREATE TABLE "DeedReportDoer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT,
    "residentId" INTEGER,
    CONSTRAINT "DeedReportDoer_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "DeedReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DeedReportDoer_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeedReportDoer_residentId_idx" ON "DeedReportDoer"("residentId");

-- CreateIndex
CREATE UNIQUE INDEX "DeedReportDoer_reportId_position_key" ON "DeedReportDoer"("reportId", "position");

