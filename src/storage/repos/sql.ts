// Plain SQL for the hot paths (issue 14): one statement through Prisma costs about 75× the same
// statement on the driver, so the statements every report, approval and `我的积分` runs are
// written once here in SQL both databases accept ("quoted" identifiers, `?` placeholders,
// INSERT … ON CONFLICT DO NOTHING RETURNING) and sent:
// - on SQLite, straight to the better-sqlite3 connection Prisma's adapter holds (prepared once,
//   inside the same transaction, since the write lane runs one call at a time on it);
// - on PostgreSQL, through the Prisma client or transaction the repositories were built over
//   (`?` becomes `$n`), so it stays in that transaction.
// Times are written as Prisma writes them (SQLite: ISO text with +00:00, so text order is
// time order; PostgreSQL: timestamp) and read back as Date on both.
import type BetterSqlite3 from "better-sqlite3";
import type { Db } from "./db.ts";

export type SqlValue = string | number | boolean | Date | null | undefined;

export interface Sql {
  readonly dialect: "sqlite" | "postgresql";
  all<T>(text: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement without rows; the number of rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
}

/**
 * A row limit written into the statement's text, not bound: on better-sqlite3 a `LIMIT ?` read
 * cost 50-75 us where the same statement with `LIMIT 500` cost 4-7 us (an empty read of a
 * sender's day, measured in a loop on this machine, issue 14). Only integers get here.
 */
export const sqlLimit = (n: number): string => {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`a row limit must be a whole number, not ${n}`);
  return String(n);
};

/** A time as Prisma writes it into SQLite text columns. */
export const stamp = (d: Date): string => d.toISOString().replace("Z", "+00:00");

/** A time column read back: text on SQLite, Date on PostgreSQL. */
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));

const sqliteArg = (v: SqlValue): string | number | null =>
  v instanceof Date ? stamp(v) : typeof v === "boolean" ? (v ? 1 : 0) : v === undefined ? null : v;

/** On the better-sqlite3 connection itself; `onQuery` sees each statement (the benchmark counts them). */
export function sqliteSql(conn: BetterSqlite3.Database, onQuery?: (text: string) => void): Sql {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepared = (text: string) => {
    let s = cache.get(text);
    if (!s) {
      s = conn.prepare(text);
      if (s.reader) s.safeIntegers(false);
      cache.set(text, s);
    }
    onQuery?.(text);
    return s;
  };
  return {
    dialect: "sqlite",
    all: async <T>(text: string, params: readonly SqlValue[] = []) => prepared(text).all(...params.map(sqliteArg)) as T[],
    get: async <T>(text: string, params: readonly SqlValue[] = []) => prepared(text).get(...params.map(sqliteArg)) as T | undefined,
    run: async (text, params = []) => prepared(text).run(...params.map(sqliteArg)).changes,
  };
}

const numbered = (text: string): string => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

/** Through a Prisma client or transaction (PostgreSQL; SQLite when no connection is at hand, e.g. a test's own client). */
export function prismaSql(db: Db, dialect: Sql["dialect"]): Sql {
  const args = (params: readonly SqlValue[]) => (dialect === "sqlite" ? params.map(sqliteArg) : params.map((v) => (v === undefined ? null : v)));
  const text = (t: string) => (dialect === "postgresql" ? numbered(t) : t);
  const all = async <T>(t: string, params: readonly SqlValue[] = []) =>
    (await db.$queryRawUnsafe<Record<string, unknown>[]>(text(t), ...args(params))).map(plainNumbers) as T[];
  return {
    dialect,
    all,
    get: async <T>(t: string, params: readonly SqlValue[] = []) => (await all<T>(t, params))[0],
    run: (t, params = []) => db.$executeRawUnsafe(text(t), ...args(params)),
  };
}

/** COUNT and SUM come back as bigint through Prisma (both databases): numbers here, as on the driver. */
function plainNumbers(row: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(row)) {
    const v = row[k] as { toNumber?: () => number } | bigint | unknown;
    if (typeof v === "bigint") row[k] = Number(v);
    else if (v && typeof v === "object" && typeof (v as { toNumber?: unknown }).toNumber === "function") row[k] = (v as { toNumber: () => number }).toNumber();
  }
  return row;
}
