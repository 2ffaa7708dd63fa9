// Another process (a second bot, a CLI command) may hold the write lock; SQLite then answers
// SQLITE_BUSY, sometimes at once (a read transaction that tries to upgrade). Retry the whole
// transaction a few times, with a short growing pause.
const isBusy = (e: unknown): boolean => /SQLITE_BUSY|database is locked|SocketTimeout/i.test(String((e as Error)?.message ?? e) + String((e as { code?: string })?.code ?? ""));

export async function withBusyRetry<T>(fn: () => Promise<T>, attempts = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts || !isBusy(e)) throw e;
      await new Promise((r) => setTimeout(r, 20 * i + Math.floor(Math.random() * 20)));
    }
  }
}
