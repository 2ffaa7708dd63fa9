// One lane for every database call. Prisma's better-sqlite3 adapter shares one connection,
// so a query issued while another interactive transaction is open would run inside it (and
// vanish on its rollback). Queuing all calls here keeps each transaction alone.
export class WriteLane {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(fn, fn);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
