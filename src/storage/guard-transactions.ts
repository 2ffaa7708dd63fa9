// Prisma's better-sqlite3 adapter holds a mutex from BEGIN until COMMIT or ROLLBACK succeed.
// When the COMMIT itself fails (SQLITE_FULL, an I/O error), or the ROLLBACK after an error
// finds the transaction already undone by SQLite, Prisma never releases that mutex: every
// later query waits for ever and even `$disconnect()` hangs. This wrapper rolls back and
// releases the connection whatever the outcome of COMMIT/ROLLBACK, so a failed write costs
// one polite error, not the bot.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Tx["executeRaw"]>[0];

const ENDS_TX = /^\s*(COMMIT|ROLLBACK)\b/i;
const sql = (text: string): Query => ({ sql: text, args: [], argTypes: [] });

/** What the store needs from the adapter's connection (issue 14): the better-sqlite3 handle, to run
 * its own transactions and hot statements on it, and whether such a transaction is open. */
export interface ConnectionHooks {
  connected(client: BetterSqlite3.Database): void;
  /** True while the store's own transaction (BEGIN IMMEDIATE on the connection) is open. */
  inOwnTransaction(): boolean;
}

export function guardTransactions(factory: PrismaBetterSQLite3, hooks?: ConnectionHooks): PrismaBetterSQLite3 {
  return Object.assign(Object.create(factory) as PrismaBetterSQLite3, {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => guardAdapter(await factory.connect(), hooks),
  });
}

function guardAdapter(adapter: Adapter, hooks?: ConnectionHooks): Adapter {
  const start = adapter.startTransaction.bind(adapter);
  const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
  if (client) hooks?.connected(client);
  adapter.startTransaction = async (isolationLevel) => {
    // Inside the store's own transaction, a statement Prisma wraps in a transaction of its own
    // joins the open one: no BEGIN/COMMIT (usePhantomQuery), and an error rolls back the whole.
    if (hooks?.inOwnTransaction()) return joinOpen(adapter);
    // A transaction left open on the connection (it should not happen) would make BEGIN fail.
    if (client?.inTransaction) await adapter.executeRaw(sql("ROLLBACK")).catch(() => undefined);
    return guardTx(await start(isolationLevel));
  };
  return adapter;
}

function joinOpen(adapter: Adapter): Tx {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: true },
    queryRaw: (q) => adapter.queryRaw(q),
    executeRaw: (q) => adapter.executeRaw(q),
    commit: async () => undefined,
    rollback: async () => undefined,
  };
}

function guardTx(tx: Tx): Tx {
  const exec = tx.executeRaw.bind(tx);
  const unlock = tx.rollback.bind(tx);
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await unlock();
  };
  tx.commit = release;
  tx.rollback = release;
  tx.executeRaw = async (q: Query) => {
    try {
      return await exec(q);
    } catch (e) {
      if (!ENDS_TX.test(q.sql)) throw e;
      // SQLite may or may not have undone the transaction already: make sure, then unlock.
      await exec(sql("ROLLBACK")).catch(() => undefined);
      await release();
      if (/^\s*ROLLBACK/i.test(q.sql)) return 0;
      throw e;
    }
  };
  return tx;
}
