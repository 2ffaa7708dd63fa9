// Multi-row INSERTs for the register's bulk writes: a few statements per thousand rows
// instead of one query each, which is what makes a 26,000-row roster import in seconds.
import type { Db } from "./db.ts";

type Value = string | number | boolean | Date | null;

/** As Prisma stores DateTime in SQLite (ISO text), so Prisma reads these rows back as dates. */
const sqlValue = (v: Value) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? Number(v) : v);

/** Inserts rows (values in `columns` order); returns the new ids in the same order. */
export async function insertMany(db: Db, table: string, columns: readonly string[], rows: readonly Value[][], returning: "id" | null = "id"): Promise<number[]> {
  const ids: number[] = [];
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const sql = `INSERT INTO "${table}" (${cols}) VALUES ${chunk.map(() => tuple).join(", ")}`;
    if (!returning) {
      await db.$executeRawUnsafe(sql, ...chunk.flat().map(sqlValue));
      continue;
    }
    const made = await db.$queryRawUnsafe<{ id: number | bigint }[]>(`${sql} RETURNING "id"`, ...chunk.flat().map(sqlValue));
    // SQLite returns the rows of a multi-row INSERT in the order they were inserted.
    ids.push(...made.map((m) => Number(m.id)));
  }
  return ids;
}

/** UPDATE table SET column = CASE id WHEN … END WHERE id IN (…), in chunks. */
export async function updateColumnById(db: Db, table: string, column: string, pairs: readonly [number, Value][]): Promise<void> {
  for (let i = 0; i < pairs.length; i += 5000) {
    const chunk = pairs.slice(i, i + 5000);
    const sql = `UPDATE "${table}" SET "${column}" = CASE "id" ${chunk.map(() => "WHEN ? THEN ?").join(" ")} END WHERE "id" IN (${chunk.map(() => "?").join(", ")})`;
    await db.$executeRawUnsafe(sql, ...chunk.flatMap(([id, v]) => [id, sqlValue(v)]), ...chunk.map(([id]) => id));
  }
}
