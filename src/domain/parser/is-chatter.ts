// Messages that are never reports whatever deeds they mention: bot commands, grid workers'
// notices and approval logs, news forwarded from elsewhere.
import { anyOf } from "./any-of.ts";
import { ANNOUNCEMENT, APPROVAL_LOG, BACK_AND_FORTH, COMMAND, FORWARDED, OFFICE_SUMMARY, SELF_SUMMARY } from "./cues.ts";

/** One scan of the text for all three (see anyOf). */
const NOTICE = anyOf(ANNOUNCEMENT, APPROVAL_LOG, FORWARDED);

export function isChatter(text: string): boolean {
  return COMMAND.test(text) || NOTICE.test(text) ||
    (OFFICE_SUMMARY.test(text) && !SELF_SUMMARY.test(text)) || (text.includes("了又") && BACK_AND_FORTH.test(text));
}
