// CI: fail loudly, before any test, when the PostgreSQL test server cannot be used.
import process from "node:process";
import pg from "pg";

const url = process.env.DEEDBANK_TEST_POSTGRES_URL;
if (!url) {
  console.error("DEEDBANK_TEST_POSTGRES_URL is not set: CI runs the tests on PostgreSQL too.");
  process.exit(1);
}
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
try {
  await client.connect();
  const { rows } = await client.query("SHOW server_version");
  console.log(`PostgreSQL ${rows[0].server_version} at ${new URL(url).host}: tests run on SQLite and PostgreSQL.`);
} catch (e) {
  console.error(`CI needs the PostgreSQL server at ${url} and cannot reach it (${e.code ?? e.message}). Start it, or fix DEEDBANK_TEST_POSTGRES_URL.`);
  process.exit(1);
} finally {
  await client.end().catch(() => undefined);
}
