// What every use case receives: the store, the clock and the settings. Built once in
// create-app.ts; tests build their own.
import type { Catalog } from "../domain/catalog.ts";
import { createParser, type ReportParser } from "../domain/parser/index.ts";
import type { Clock, Store } from "./ports.ts";

export interface AppSettings {
  /** Reports one person may send per day before the bot asks them to wait. */
  dailyReportLimit: number;
  /** Seals draw seeds in the database until the draw (see seed-box.ts). */
  drawKey: string;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  settings: AppSettings;
  parsers: ParserCache;
}

/**
 * One compiled parser per community, rebuilt when its catalog changes here, and at the latest
 * a minute after a change made by another process (`deedbank catalog import`).
 */
export class ParserCache {
  #byCommunity = new Map<number, { parser: ReportParser; catalog: Catalog; loadedAt: number }>();
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly maxAgeMs = 60_000,
  ) {}

  async forCommunity(communityId: number): Promise<{ parser: ReportParser; catalog: Catalog }> {
    const now = this.clock().getTime();
    let entry = this.#byCommunity.get(communityId);
    if (!entry || now - entry.loadedAt > this.maxAgeMs || now < entry.loadedAt) {
      const catalog = await this.store.read((r) => r.catalog.list(communityId));
      entry = { parser: createParser(catalog), catalog, loadedAt: now };
      this.#byCommunity.set(communityId, entry);
    }
    return entry;
  }

  invalidate(communityId: number): void {
    this.#byCommunity.delete(communityId);
  }
}
