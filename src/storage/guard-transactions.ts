// Prisma's better-sqlite3 adapter holds a mutex from BEGIN until COMMIT or ROLLBACK succeed.
// When the COMMIT itself fails (SQLITE_FULL, an I/O error), or the ROLLBACK after an error
// finds the transaction already undone by SQLite, Prisma never releases that mutex: every
// later query waits for ever and even `$disconnect()` hangs. This wrapper rolls back and
// releases the connection whatever the outcome of COMMIT/ROLLBACK, so a failed write costs
// one polite error, not the bot.
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Tx["executeRaw"]>[0];

const ENDS_TX = /^\s*(COMMIT|ROLLBACK)\b/i;
const sql = (text: string): Query => ({ sql: text, args: [], argTypes: [] });

export function guardTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  return Object.assign(Object.create(factory) as PrismaBetterSQLite3, {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => guardAdapter(await factory.connect()),
  });
}

function guardAdapter(adapter: Adapter): Adapter {
  const start = adapter.startTransaction.bind(adapter);
  const client = (adapter as unknown as { client?: { inTransaction?: boolean } }).client;
  adapter.startTransaction = async (isolationLevel) => {
    // A transaction left open on the connection (it should not happen) would make BEGIN fail.
    if (client?.inTransaction) await adapter.executeRaw(sql("ROLLBACK")).catch(() => undefined);
    return guardTx(await start(isolationLevel));
  };
  return adapter;
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
