// Why the bot will not open a database, in one sentence that says what to do. The CLI prints
// the message alone (no stack trace) and stops.
export type RefusedReason =
  | "directory" | "not-sqlite" | "unsupported-url" | "readonly" | "cannot-open"
  | "damaged" | "newer" | "migration-changed";

export class DatabaseRefused extends Error {
  constructor(readonly reason: RefusedReason, message: string) {
    super(message);
    this.name = "DatabaseRefused";
  }
}
