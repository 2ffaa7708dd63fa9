-- CreateTable
CREATE TABLE "ScheduledPost" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "chatGroupId" INTEGER NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledPost_job_period_chatGroupId_key" ON "ScheduledPost"("job", "period", "chatGroupId");


-- A post, once recorded, stays recorded: refusing changes keeps "at most once" true.
CREATE TRIGGER "ScheduledPost_no_update" BEFORE UPDATE ON "ScheduledPost"
BEGIN
    SELECT RAISE(ABORT, 'ScheduledPost is append-only: UPDATE refused');
END;

CREATE TRIGGER "ScheduledPost_no_delete" BEFORE DELETE ON "ScheduledPost"
BEGIN
    SELECT RAISE(ABORT, 'ScheduledPost is append-only: DELETE refused');
END;
