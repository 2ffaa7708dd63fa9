// What of an error goes into the log: its kind, message, code and stack. Never the whole
// object: puppet errors may carry the message being sent, with personal data in it.
export function logError(e: unknown): { name?: string; message: string; code?: number; stack?: string } {
  const err = e as { name?: string; message?: string; response?: { error_code?: number }; stack?: string };
  return {
    ...(err?.name ? { name: err.name } : {}),
    message: typeof err?.message === "string" ? err.message : String(e),
    ...(err?.response?.error_code !== undefined ? { code: err.response.error_code } : {}),
    ...(err?.stack ? { stack: err.stack } : {}),
  };
}
