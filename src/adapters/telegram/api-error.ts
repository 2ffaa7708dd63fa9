// The Telegram adapter's name for the one reader of a failed Bot API call (app/api-error.ts).
export { readTelegramError, type TelegramApiError } from "../../chat/api-error.ts";
