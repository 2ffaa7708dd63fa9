// Messages that are never reports whatever deeds they mention: bot commands, grid workers'
// notices and approval logs, news forwarded from elsewhere.
import { ANNOUNCEMENT, APPROVAL_LOG, BACK_AND_FORTH, COMMAND, FORWARDED, OFFICE_SUMMARY, SELF_SUMMARY } from "./cues.ts";

export function isChatter(text: string): boolean {
  return COMMAND.test(text) || ANNOUNCEMENT.test(text) || APPROVAL_LOG.test(text) || FORWARDED.test(text) ||
    (OFFICE_SUMMARY.test(text) && !SELF_SUMMARY.test(text)) || (text.includes("了又") && BACK_AND_FORTH.test(text));
}
