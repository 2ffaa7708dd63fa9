// The one path for an error into the log: its kind, message, code and stack. Never the whole
// object: a failed Bot API call carries the request, and puppet or database errors may carry
// the message being handled, with personal data in it. Every `log.*({ err })` goes through it.
export function logError(e: unknown): { name?: string; message: string; code?: number | string; stack?: string } {
  const err = e as { name?: string; message?: string; code?: unknown; response?: { error_code?: unknown }; stack?: string };
  // An HTTP API's answer code (a Bot API error carries it in `response`), else the error's own.
  const raw = err?.response?.error_code ?? err?.code;
  const code = typeof raw === "string" || typeof raw === "number" ? raw : undefined;
  return {
    ...(err?.name ? { name: err.name } : {}),
    message: typeof err?.message === "string" ? err.message : String(e),
    ...(code !== undefined ? { code } : {}),
    ...(err?.stack ? { stack: err.stack } : {}),
  };
}
