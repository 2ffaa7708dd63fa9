-- CreateTable
CREATE TABLE "CacheVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);


INSERT INTO "CacheVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "ChatGroup_cache_insert" AFTER INSERT ON "ChatGroup"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ChatGroup_cache_update" AFTER UPDATE ON "ChatGroup"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ChatGroup_cache_delete" AFTER DELETE ON "ChatGroup"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Grid_cache_insert" AFTER INSERT ON "Grid"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Grid_cache_update" AFTER UPDATE ON "Grid"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Grid_cache_delete" AFTER DELETE ON "Grid"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CatalogItem_cache_insert" AFTER INSERT ON "CatalogItem"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CatalogItem_cache_update" AFTER UPDATE ON "CatalogItem"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CatalogItem_cache_delete" AFTER DELETE ON "CatalogItem"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RewardSettings_cache_insert" AFTER INSERT ON "RewardSettings"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RewardSettings_cache_update" AFTER UPDATE ON "RewardSettings"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RewardSettings_cache_delete" AFTER DELETE ON "RewardSettings"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Community_cache_update" AFTER UPDATE OF "slug", "name", "locale", "timezone" ON "Community"
BEGIN
  UPDATE "CacheVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
