// Multi-row INSERTs for the register's bulk writes: a few statements per thousand rows
// instead of one query each, which is what makes a 26,000-row roster import in seconds.
// The same parameterised batches run on SQLite and PostgreSQL; only the placeholders and
// the value encoding differ (SQLite keeps dates as ISO text and booleans as 0/1, as Prisma
// does; PostgreSQL takes them typed).
import type { Db } from "./db.ts";

export type Dialect = "sqlite" | "postgresql";
type Value = string | number | boolean | Date | null;

const encode = (dialect: Dialect) => (v: Value) =>
  dialect === "postgresql" ? v : v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v;

/** The n-th parameter (1-based) in the dialect's syntax. */
export const param = (dialect: Dialect, n: number) => (dialect === "postgresql" ? `$${n}` : "?");

/** Inserts rows (values in `columns` order); returns the new ids in the same order. */
export async function insertMany(db: Db, table: string, columns: readonly string[], rows: readonly Value[][], returning: "id" | null = "id", dialect: Dialect = "sqlite"): Promise<number[]> {
  const ids: number[] = [];
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const value = encode(dialect);
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    let n = 0;
    const tuples = chunk.map(() => `(${columns.map(() => param(dialect, ++n)).join(", ")})`);
    const sql = `INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(", ")}`;
    if (!returning) {
      await db.$executeRawUnsafe(sql, ...chunk.flat().map(value));
      continue;
    }
    const made = await db.$queryRawUnsafe<{ id: number | bigint }[]>(`${sql} RETURNING "id"`, ...chunk.flat().map(value));
    // Both return the rows of a multi-row INSERT … RETURNING in the order of VALUES (PostgreSQL:
    // a VALUES list is inserted in order, and so are the serial ids); the ids say it anyway.
    ids.push(...made.map((m) => Number(m.id)).sort(dialect === "postgresql" ? (a, b) => a - b : () => 0));
  }
  return ids;
}

/** UPDATE table SET column = CASE id WHEN … END WHERE id IN (…), in chunks. PostgreSQL types a
 * CASE of bare parameters as text, so there the result is cast to the column's `pgType`. */
export async function updateColumnById(db: Db, table: string, column: string, pairs: readonly [number, Value][], dialect: Dialect = "sqlite", pgType = "integer"): Promise<void> {
  const value = encode(dialect);
  for (let i = 0; i < pairs.length; i += 5000) {
    const chunk = pairs.slice(i, i + 5000);
    let n = 0;
    const cases = chunk.map(() => `WHEN ${param(dialect, ++n)} THEN ${param(dialect, ++n)}`).join(" ");
    const cast = dialect === "postgresql" ? `::${pgType}` : "";
    const ids = chunk.map(() => param(dialect, ++n)).join(", ");
    const sql = `UPDATE "${table}" SET "${column}" = (CASE "id" ${cases} END)${cast} WHERE "id" IN (${ids})`;
    await db.$executeRawUnsafe(sql, ...chunk.flatMap(([id, v]) => [id, value(v)]), ...chunk.map(([id]) => id));
  }
}
