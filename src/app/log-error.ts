// The one path for an error into the log: its kind, message, code and stack. Never the whole
// object: a failed Bot API call carries the request, and puppet or database errors may carry
// the message being handled, with personal data in it. Every `log.*({ err })` goes through it.
import { readTelegramError } from "./api-error.ts";

export function logError(e: unknown): { name?: string; message: string; code?: number | string; stack?: string } {
  const err = e as { name?: string; message?: string; code?: unknown; stack?: string };
  // A Bot API error's answer code (read by the one reader), else the error's own ("SQLITE_BUSY").
  const code = readTelegramError(e).code ?? (typeof err?.code === "string" ? err.code : undefined);
  return {
    ...(err?.name ? { name: err.name } : {}),
    message: typeof err?.message === "string" ? err.message : String(e),
    ...(code !== undefined ? { code } : {}),
    ...(err?.stack ? { stack: err.stack } : {}),
  };
}
