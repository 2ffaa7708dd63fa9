-- CreateTable
CREATE TABLE "OutboxLease" (
    "messageId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "owner" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

