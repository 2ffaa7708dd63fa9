// Each hot query of the read paths uses an index (issue 9). The SQL is the exact SQL Prisma
// issues for the repository call, caught from the client's query events, and each statement
// is run through EXPLAIN QUERY PLAN on a migrated database. A full scan of a table that grows
// with use (reports, ledger, identities ...) fails the test.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Repos } from "../../src/app/ports.ts";
import { PrismaClient } from "../../src/storage/generated/client.ts";
import { applyMigrations } from "../../src/storage/migrate.ts";
import { createRepos, type Db } from "../../src/storage/repos/index.ts";
import { tempDir } from "../helpers/test-app.ts";

/** Tables that stay small (a few rows per community): scanning them is fine. */
const SMALL = new Set(["Community", "Grid", "CatalogItem", "RewardSettings", "FixedCategory"]);

const since = new Date("2026-11-24T00:00:00Z");
const until = new Date("2026-12-01T00:00:00Z");

/** The read paths of every message (sender, daily limit, duplicates, points, rankings) and of the jobs. */
const HOT: [name: string, call: (r: Repos) => Promise<unknown>][] = [
  ["sender by platform id", (r) => r.identities.byExternal("telegram", "42")],
  ["sender with resident and roles", (r) => r.identities.withResident("telegram", "42")],
  ["a resident's chat accounts", (r) => r.identities.forResident(1)],
  ["a resident's roles", (r) => r.roles.forResident(1)],
  ["resident by name in a grid", (r) => r.residents.findByName(1, 1, "张秀英")],
  ["residents by several names", (r) => r.residents.findByNames(1, ["张秀英", "王敏"])],
  ["group by platform id", (r) => r.groups.byExternal("telegram", "-100")],
  ["daily-limit count", (r) => r.reports.countBySenderSince(1, since)],
  ["duplicate check: same reporter", (r) => r.reports.recentBySender(1, since)],
  ["a sender's day (daily limit and duplicates)", (r) => r.reports.bySenderSince(1, since, 500)],
  ["duplicate check: same grid", (r) => r.reports.recentInGrid(1, since, [{ category: "flyer_removal", quantity: 3 }])],
  ["report by number", (r) => r.reports.byNumber(1, 12)],
  ["report by card message", (r) => r.reports.byMessage("telegram", "-100", "77")],
  ["pending reports of grids", (r) => r.reports.pending(1, [1, 2], 20)],
  ["balance", (r) => r.ledger.balance(1)],
  ["week's tally", (r) => r.ledger.tally(1, since, until)],
  ["approved reports of a week (honour list)", (r) => r.honour.approvedBetween(1, since, until)],
  ["points breakdown", (r) => r.points.breakdown(1)],
  ["points for tickets", (r) => r.points.dynamicForTickets(1)],
  ["ticket balance", (r) => r.tickets.balance(1)],
  ["ticket standing at an approval", (r) => r.points.ticketStanding(1, 1)],
  ["a reviewer's household", (r) => r.fixed.household(1)],
  ["rank of one resident in a week", (r) => r.ledger.standing(1, 1, since, until)],
  ["fixed awards held", (r) => r.fixed.held(1, "party_member")],
  ["outbox due", (r) => r.outbox.due(until, 10, "telegram")],
];

let file: string;
let prisma: PrismaClient;
let raw: Database.Database;
let repos: Repos;
const issued: { query: string; params: string }[] = [];

beforeAll(() => {
  file = join(tempDir(), "plans.db");
  applyMigrations(file);
  prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }), log: [{ emit: "event", level: "query" }] });
  const events = prisma as unknown as { $on(event: "query", cb: (e: { query: string; params: string }) => void): void };
  events.$on("query", (e) => issued.push({ query: e.query, params: e.params }));
  repos = createRepos(prisma as unknown as Db);
  raw = new Database(file, { readonly: true });
});
afterAll(async () => {
  raw.close();
  await prisma.$disconnect();
});

/** Tables read by a full scan, without an index, in the plan of one statement. */
function fullScans(query: string, params: string): string[] {
  const values = (JSON.parse(params) as unknown[]).map((v) => (v === null || typeof v !== "object" ? v : null));
  const plan = raw.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...values.map((v) => (typeof v === "boolean" ? Number(v) : v))) as { detail: string }[];
  return plan
    .map((p) => /^SCAN (\S+)(.*)$/.exec(p.detail))
    .filter((m): m is RegExpExecArray => m !== null && !/USING (COVERING )?INDEX/.test(m[2]!))
    .map((m) => m[1]!.replace(/^main\./, ""))
    .filter((table) => table !== "sub" && !SMALL.has(table));
}

describe("EXPLAIN QUERY PLAN of the hot read paths", () => {
  it.each(HOT)("%s uses an index", async (_name, call) => {
    issued.length = 0;
    await call(repos);
    const selects = issued.filter((q) => /^\s*SELECT/i.test(q.query));
    expect(selects.length).toBeGreaterThan(0);
    for (const q of selects) expect(fullScans(q.query, q.params), q.query).toEqual([]);
  });

  it("reads a reviewer's household through its own index, not every resident of the community", async () => {
    // A search on the (communityId, gridId, name) index by communityId alone is no SCAN, but
    // walks the whole community (26,000 rows at city scale) on every approval.
    issued.length = 0;
    await repos.fixed.household(1);
    const [q] = issued.filter((x) => /"household"/.test(x.query));
    if (!q) throw new Error("no household statement issued");
    const values = (JSON.parse(q.params) as unknown[]).map((v) => (typeof v === "boolean" ? Number(v) : v));
    const plan = (raw.prepare(`EXPLAIN QUERY PLAN ${q.query}`).all(...values) as { detail: string }[]).map((p) => p.detail).join("\n");
    expect(plan).toContain("Resident_communityId_household_idx");
  });

  it("would notice a full scan (the check itself can fail)", () => {
    expect(fullScans("SELECT * FROM `main`.`DeedReport` WHERE `rawText` = ?", JSON.stringify(["x"]))).toEqual(["DeedReport"]);
    expect(fullScans("SELECT * FROM `main`.`DeedReport` WHERE `senderIdentityId` = ?", JSON.stringify([1]))).toEqual([]);
  });
});
