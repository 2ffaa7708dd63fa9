-- PostgreSQL migration "register_parity": what 20261201120000_register (SQLite) keeps in SQL
-- only and 20261201000056_register (PostgreSQL) lacked. Written by hand: `npm run
-- db:pg-migration` finds no table change, trigger or CHECK missing (it does not look at
-- foreign keys; tests/storage/pg-schema.test.ts does).

-- A roster award points at the fixed award it paid; the award cannot go while it is marked.
ALTER TABLE "RegisterAward" ADD CONSTRAINT "RegisterAward_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "FixedAward" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
