// What of an error goes into the log: its kind, message, code and stack. Never the whole
// object: a failed Bot API call carries the request, and puppet or database errors may carry
// the message being handled, with personal data in it.
export function logError(e: unknown): { name?: string; message: string; code?: number | string; stack?: string } {
  const err = e as { name?: string; message?: string; code?: unknown; response?: { error_code?: number }; stack?: string };
  const code = err?.response?.error_code ?? (typeof err?.code === "string" || typeof err?.code === "number" ? err.code : undefined);
  return {
    ...(err?.name ? { name: err.name } : {}),
    message: typeof err?.message === "string" ? err.message : String(e),
    ...(code !== undefined ? { code } : {}),
    ...(err?.stack ? { stack: err.stack } : {}),
  };
}
