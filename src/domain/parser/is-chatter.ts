// Messages that are never reports whatever deeds they mention: bot commands, grid workers'
// notices and approval logs, news forwarded from elsewhere, deeds disowned (one's job, a claim doubted).
import { anyOf } from "./any-of.ts";
import { ANNOUNCEMENT, APPROVAL_LOG, BACK_AND_FORTH, COMMAND, DISOWNED, FORWARDED, OFFICE_SUMMARY, SELF_SUMMARY } from "./cues.ts";

/** One scan of the text for all four (see anyOf). */
const NOTICE = anyOf(ANNOUNCEMENT, APPROVAL_LOG, FORWARDED, DISOWNED);

export function isChatter(text: string): boolean {
  return COMMAND.test(text) || NOTICE.test(text) ||
    (OFFICE_SUMMARY.test(text) && !SELF_SUMMARY.test(text)) || (text.includes("了又") && BACK_AND_FORTH.test(text));
}
