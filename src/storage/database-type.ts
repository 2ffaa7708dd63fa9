// What openDatabase returns, whichever the provider.
import type { Store } from "../app/ports.ts";

export interface Database extends Store {
  readonly provider: "sqlite" | "postgresql";
  /** The SQLite file ("" on PostgreSQL). */
  readonly file: string;
  /** Where posters and other files go: the SQLite file's folder, or settings.dataDir. */
  readonly dataDir: string;
  close(): Promise<void>;
}
