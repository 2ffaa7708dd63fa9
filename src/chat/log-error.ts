// Adapters may import chat/ only: the one error scrubber, app/log-error.ts, reaches them here.
export { logError } from "../app/log-error.ts";
