// PostgreSQL for tests: DEEDBANK_TEST_POSTGRES_URL names a server; each test gets a schema of
// its own (dropped after). The "postgresql" vitest project sets DEEDBANK_TEST_BACKEND so that
// testApp() opens PostgreSQL instead of a temp SQLite file.
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_URL = process.env.DEEDBANK_TEST_POSTGRES_URL ?? "";
export const onPostgres = process.env.DEEDBANK_TEST_BACKEND === "postgresql";
export const backendName = onPostgres ? "PostgreSQL" : "SQLite";

export interface PgSchema {
  /** DATABASE_URL that opens this schema. */
  url: string;
  schema: string;
  /** Runs SQL in the schema (search_path set). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function freshPgSchema(prefix = "t"): Promise<PgSchema> {
  if (!PG_URL) throw new Error("DEEDBANK_TEST_POSTGRES_URL is not set");
  const schema = `${prefix}_${randomBytes(6).toString("hex")}`;
  const url = new URL(PG_URL);
  url.searchParams.set("schema", schema);
  const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  return {
    url: url.toString(),
    schema,
    query: async (sql, params) => (await client.query(sql, params)).rows,
    drop: async () => {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
