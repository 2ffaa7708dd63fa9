// What every use case receives: the store, the clock and the settings. Built once in
// create-app.ts; tests build their own.
import type { Catalog } from "../domain/catalog.ts";
import { createParser, type ReportParser } from "../domain/parser/index.ts";
import type { ChatPlace, Clock, Store } from "./ports.ts";
import type { SentMarks } from "./sent-marks.ts";

export interface AppSettings {
  /** Reports one person may send per day before the bot asks them to wait. */
  dailyReportLimit: number;
  /** The entering grid worker may approve their own proxy entry of up to PROXY_SELF_APPROVE_MAX points. */
  proxySelfApprove?: boolean;
  /** Seals draw seeds in the database until the draw (see seed-box.ts). */
  drawKey: string;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  settings: AppSettings;
  parsers: ParserCache;
  /** Receipts sent directly, marked in the outbox with the next write (sent-marks.ts); without
   * it each mark is a write of its own. */
  marks?: SentMarks;
}

/**
 * What the bot keeps in memory between messages: one compiled parser per community and where
 * each chat is. Nothing expires by the clock: triggers raise a change counter whenever a
 * catalog, group, grid or community changes (in any process, e.g. `deedbank catalog
 * import`), and `refresh()` (one read, once per message) drops everything when it moved.
 */
export class ParserCache {
  #byCommunity = new Map<number, { parser: ReportParser; catalog: Catalog }>();
  /**
   * Compiled parsers by catalog content: communities on the same catalog (most run the default
   * one) share one compiled parser. A city of many communities compiled the same catalog once
   * per community (~20 ms each, issue 14: the 10-community submit paid it on each first message)
   * and held one copy per community in memory.
   */
  #byContent = new Map<string, ReportParser>();
  #places = new Map<string, ChatPlace | null>();
  #version: number | null = null;
  constructor(private readonly store: Store) {}

  /** Reads the change counter (one statement) and forgets everything if it moved. */
  async refresh(): Promise<void> {
    const version = await this.store.read((r) => r.caches.version());
    if (version !== this.#version) {
      this.#byCommunity.clear();
      this.#byContent.clear();
      this.#places.clear();
      this.#version = version;
    }
  }

  async forCommunity(communityId: number): Promise<{ parser: ReportParser; catalog: Catalog }> {
    if (this.#version === null) await this.refresh();
    let entry = this.#byCommunity.get(communityId);
    if (!entry) {
      const catalog = await this.store.read((r) => r.catalog.list(communityId));
      const key = JSON.stringify(catalog);
      let parser = this.#byContent.get(key);
      if (!parser) {
        parser = createParser(catalog);
        this.#byContent.set(key, parser);
      }
      entry = { parser, catalog };
      this.#byCommunity.set(communityId, entry);
    }
    return entry;
  }

  /** Where a chat is, remembered until something changes (see `refresh`). */
  async place(platform: string, chatId: string, load: () => Promise<ChatPlace | null>): Promise<ChatPlace | null> {
    if (this.#version === null) await this.refresh();
    const key = `${platform}\u0000${chatId}`;
    if (this.#places.has(key)) return this.#places.get(key) ?? null;
    const place = await load();
    // An unbound chat is not remembered: binding it may come from this very process at any time.
    if (place) this.#places.set(key, place);
    return place;
  }

  invalidate(communityId: number): void {
    this.#byCommunity.delete(communityId);
    this.#places.clear();
  }
}
