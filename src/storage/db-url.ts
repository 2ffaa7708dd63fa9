// Reads DATABASE_URL: `file:…` (or a plain path) is SQLite, `postgresql://…` PostgreSQL.
// PostgreSQL settings come from the URL's parameters first, then the named settings.
import { resolve } from "node:path";
import type pg from "pg";

/** Named settings (DEEDBANK_DB_* in the config); a URL parameter of the same meaning wins. */
export interface DbSettings {
  /** Connections per process (URL: connection_limit). */
  poolSize?: number;
  /** Longest a statement may run, in ms; 0 = no limit (URL: statement_timeout). */
  statementTimeoutMs?: number;
  /** disable, require (encrypted) or verify-full (encrypted, certificate checked) (URL: sslmode). */
  sslMode?: SslMode;
  /** Where posters and other files go when the database is not a file (default ./data). */
  dataDir?: string;
}

export type SslMode = "disable" | "require" | "verify-full";

export type DbTarget =
  | { kind: "sqlite"; file: string }
  | { kind: "postgresql"; pool: pg.PoolConfig; schema: string; where: string };

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseOpenError";
  }
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

/** `file:./data/x.db`, `./data/x.db` or an absolute path → an absolute file path. */
export function databaseFile(urlOrPath: string): string {
  return resolve(urlOrPath.replace(/^file:/, ""));
}

const SSL_MODES: Record<string, SslMode> = {
  disable: "disable", allow: "disable", prefer: "disable", require: "require", "verify-ca": "verify-full", "verify-full": "verify-full",
};

export function parseDatabaseUrl(url: string, settings: DbSettings = {}): DbTarget {
  if (!isPostgresUrl(url)) {
    // Any scheme but file: (postgres:foo, mysql://…) is refused: it must never become a folder name.
    if (/^[a-z][a-z0-9+.-]+:/i.test(url) && !/^file:/i.test(url)) {
      throw new DatabaseOpenError(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not ${url.split(":")[0]}:.`);
    }
    return { kind: "sqlite", file: databaseFile(url) };
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new DatabaseOpenError("DATABASE_URL is not a valid postgresql:// URL: write it as postgresql://user:password@host:5432/database.");
  }
  const take = (key: string) => {
    const v = u.searchParams.get(key);
    u.searchParams.delete(key);
    return v;
  };
  const schema = take("schema") ?? "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new DatabaseOpenError(`DATABASE_URL schema=${schema} is not a plain schema name (letters, digits, _).`);
  }
  const number = (key: string, fallback: number | undefined, min: number) => {
    const raw = take(key);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new DatabaseOpenError(`DATABASE_URL ${key}=${raw} is not valid: use a whole number from ${min}.`);
    return n;
  };
  const max = number("connection_limit", settings.poolSize ?? 10, 1);
  const statementTimeout = number("statement_timeout", settings.statementTimeoutMs ?? 30_000, 0);
  const rawSsl = take("sslmode");
  const ssl = rawSsl === null ? (settings.sslMode ?? "disable") : SSL_MODES[rawSsl];
  if (!ssl) throw new DatabaseOpenError(`DATABASE_URL sslmode=${rawSsl} is not valid: use disable, require or verify-full.`);
  return {
    kind: "postgresql",
    schema,
    where: `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname}`,
    pool: {
      connectionString: u.toString(),
      max,
      ...(statementTimeout ? { statement_timeout: statementTimeout } : {}),
      ssl: ssl === "disable" ? false : ssl === "require" ? { rejectUnauthorized: false } : { rejectUnauthorized: true },
      options: `-c search_path=${schema}`,
    },
  };
}

/** One sentence for a server that cannot be used. */
export function explainPgError(e: unknown, where: string): string {
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? "";
  const reason =
    code === "ECONNREFUSED" ? "the connection was refused; is the server running?"
    : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "the host name is unknown"
    : code === "ETIMEDOUT" || /timeout/i.test(err?.message ?? "") ? "the server did not answer in time"
    : code === "28P01" || code === "28000" ? "the user name or password was refused"
    : code === "3D000" ? "the database does not exist (create it first)"
    : /SSL/i.test(err?.message ?? "") ? `SSL failed (${err.message}); check sslmode`
    : (err?.message ?? String(e));
  return `Cannot use the PostgreSQL database at ${where}: ${reason} Check DATABASE_URL.`;
}
