-- PostgreSQL only (issue 15, bench:scale): 我的积分 and 排行榜 sum a community's ledger over a
-- week or a year, grouped by resident. On a city database (50 communities, 900,000 rows) the
-- ("communityId", "createdAt") index alone made that a bitmap heap scan of every row in the
-- period (60 ms for a year); with the columns the sums need in the index it is an index-only
-- scan (9-17 ms). SQLite keeps its own plan; no Prisma model field can say INCLUDE, hence SQL only
-- (tests/storage/pg-schema.test.ts lists it as a PostgreSQL-only index).
CREATE INDEX "LedgerEntry_ranking_idx" ON "LedgerEntry" ("communityId", "createdAt") INCLUDE ("kind", "residentId", "points");
