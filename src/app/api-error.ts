// The one reader of a failed Bot API call. telegraf throws a TelegramError whose `response`
// holds the API's answer (error_code, parameters); tests and other clients may only set `code`.
// It lives in app/ (pure, no telegraf import) so that logError and the Telegram adapter (through
// chat/api-error.ts, as the import rules want) read that shape in this one place.
export interface TelegramApiError {
  /** The HTTP-like code: 400 bad request, 401 bad token, 403 blocked, 409 conflict, 429 too many. */
  code: number | null;
  /** Seconds to wait, on a 429. */
  retryAfter: number | null;
  /** The group's new id, when it became a supergroup. */
  migrateTo: number | null;
}

interface ApiErrorLike { code?: unknown; response?: { error_code?: number; parameters?: { retry_after?: number; migrate_to_chat_id?: number } } }

export function readTelegramError(e: unknown): TelegramApiError {
  const err = (e ?? {}) as ApiErrorLike;
  const code = err.response?.error_code ?? (typeof err.code === "number" ? err.code : null);
  return {
    code,
    retryAfter: code === 429 ? (err.response?.parameters?.retry_after ?? 1) : null,
    migrateTo: err.response?.parameters?.migrate_to_chat_id ?? null,
  };
}
