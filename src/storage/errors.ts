// The one mapper from storage errors to domain outcomes. Prisma's codes stay in storage/:
// P2002 (a unique key already taken) is "duplicate", P2025 (the row to change is gone) is
// "missing"; anything else is a bug or an outage, and is thrown on.
export type StorageOutcome = "duplicate" | "missing";

export function storageOutcome(e: unknown): StorageOutcome | null {
  const code = (e as { code?: unknown } | null)?.code;
  // Prisma's code; the driver's on SQLite, and PostgreSQL's through a raw statement (sql.ts).
  const meta = (e as { meta?: { code?: unknown } } | null)?.meta?.code;
  if (code === "P2002" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505" || meta === "23505") return "duplicate";
  if (code === "P2025") return "missing";
  return null;
}

/** Runs an insert; "duplicate" when a unique key was already taken (insert-or-ignore, with no
 * check-then-insert race). SQLite undoes only the failed statement, so the transaction goes on. */
export async function insertOrIgnore<T>(insert: () => Promise<T>): Promise<T | "duplicate"> {
  try {
    return await insert();
  } catch (e) {
    if (storageOutcome(e) === "duplicate") return "duplicate";
    throw e;
  }
}
