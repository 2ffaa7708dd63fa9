// DATABASE_URL picks the database; PostgreSQL settings from the URL win over named settings.
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/storage/database.ts";
import { parseDatabaseUrl } from "../../src/storage/db-url.ts";

describe("DATABASE_URL", () => {
  it("file: and plain paths are SQLite; postgresql:// is PostgreSQL with pool, timeout, SSL and schema", () => {
    expect(parseDatabaseUrl("file:/tmp/a.db")).toEqual({ kind: "sqlite", file: "/tmp/a.db" });
    expect(parseDatabaseUrl("/tmp/b.db").kind).toBe("sqlite");
    const named = parseDatabaseUrl("postgresql://bot:pw@db:6543/city", { poolSize: 4, statementTimeoutMs: 1000, sslMode: "verify-full" });
    expect(named).toMatchObject({ kind: "postgresql", schema: "public", where: "db:6543/city", pool: { max: 4, statement_timeout: 1000, ssl: { rejectUnauthorized: true } } });
    const url = parseDatabaseUrl("postgres://bot@db/city?connection_limit=3&statement_timeout=0&sslmode=require&schema=baishipo", { poolSize: 4, sslMode: "disable" });
    expect(url).toMatchObject({ schema: "baishipo", pool: { max: 3, ssl: { rejectUnauthorized: false }, options: "-c search_path=baishipo" } });
    expect(url.kind === "postgresql" && url.pool.statement_timeout).toBeFalsy();
    expect(url.kind === "postgresql" && url.pool.connectionString).toBe("postgres://bot@db/city");
  });

  it("explains a bad setting or an unreachable server in one sentence", async () => {
    expect(() => parseDatabaseUrl("postgresql://db/x?connection_limit=lots")).toThrow("DATABASE_URL connection_limit=lots is not valid: use a whole number from 1.");
    expect(() => parseDatabaseUrl("postgresql://db/x?sslmode=sure")).toThrow("DATABASE_URL sslmode=sure is not valid: use disable, require or verify-full.");
    expect(() => parseDatabaseUrl("mongodb://db/x")).toThrow("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not mongodb:.");
    // A scheme without "//" is no file name either (it used to leave a file named postgres:foo).
    expect(() => parseDatabaseUrl("postgres:foo")).toThrow("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not postgres:.");
    await expect(openDatabase("postgresql://nobody@127.0.0.1:1/deedbank")).rejects.toThrow(
      "Cannot use the PostgreSQL database at 127.0.0.1:1/deedbank: the connection was refused; is the server running? Check DATABASE_URL.",
    );
  });
});
