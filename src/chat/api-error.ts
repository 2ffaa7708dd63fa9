// For adapters, which may not import app/: the one reader of a failed Bot API call.
export { readTelegramError, type TelegramApiError } from "../app/api-error.ts";
