-- CreateTable
CREATE TABLE "BindAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scope" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "BindAttempt_scope_at_idx" ON "BindAttempt"("scope", "at");

