// SQL straight to the test's database, past the repositories (what a careless script might
// do), on SQLite or PostgreSQL. Quote camelCase names ("residentId"); `?` placeholders.
import Database from "better-sqlite3";
import type { TestApp } from "./test-app.ts";

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function rawAll<T = Record<string, unknown>>(app: TestApp, sql: string, params: unknown[] = []): Promise<T[]> {
  if (app.pg) return (await app.pg.query(numbered(sql), params)) as T[];
  const db = new Database(app.db.file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function rawRun(app: TestApp, sql: string, params: unknown[] = []): Promise<void> {
  if (app.pg) {
    await app.pg.query(numbered(sql), params);
    return;
  }
  const db = new Database(app.db.file);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
