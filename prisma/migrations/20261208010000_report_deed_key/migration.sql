-- Issue 14: the same-grid duplicate check read every report of the grid's day and compared
-- the deeds' JSON text (a LIKE per row): a busy grid's 1,000th report of the day read 999.
-- A report of one deed now carries its deed as "category:quantity" (deedKey), and the index
-- finds the reports sharing it; reports of several deeds ("*", also the default for any row
-- written without a key) are still compared by their text, as before.
ALTER TABLE "DeedReport" ADD COLUMN "deedKey" TEXT NOT NULL DEFAULT '*';

UPDATE "DeedReport" SET "deedKey" = json_extract("deeds", '$[0].category') || ':' || json_extract("deeds", '$[0].quantity')
WHERE json_valid("deeds") AND json_array_length("deeds") = 1
  AND json_extract("deeds", '$[0].category') IS NOT NULL AND json_extract("deeds", '$[0].quantity') IS NOT NULL;

-- DropIndex
DROP INDEX "DeedReport_gridId_createdAt_idx";

-- CreateIndex
CREATE INDEX "DeedReport_gridId_deedKey_createdAt_idx" ON "DeedReport"("gridId", "deedKey", "createdAt");
