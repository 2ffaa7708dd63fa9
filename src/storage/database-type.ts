// What openDatabase returns, whichever the provider.
import type { Store } from "../app/ports.ts";
import type { FaultWatch } from "./fault-watch.ts";

export interface Database extends Store {
  readonly provider: "sqlite" | "postgresql";
  /** The SQLite file ("" on PostgreSQL). */
  readonly file: string;
  /** Where posters and other files go: the SQLite file's folder, or settings.dataDir. */
  readonly dataDir: string;
  /** Tells once when writes start failing for a storage fault (full disk …), once when they work again. */
  readonly faults: FaultWatch;
  /** One statement outside any transaction (PRAGMAs for operations and tests). */
  raw(sql: string): Promise<unknown>;
  close(): Promise<void>;
}
