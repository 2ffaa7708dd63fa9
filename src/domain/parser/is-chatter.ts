// Messages that are never reports whatever deeds they mention: bot commands, grid workers'
// notices and approval logs, news forwarded from elsewhere, deeds disowned (one's job, a claim doubted).
import { anyOf } from "./any-of.ts";
import { ANNOUNCEMENT, APPROVAL_LOG, BACK_AND_FORTH, COMMAND, DISOWNED, FORWARDED, RELAYED, OFFICE_SUMMARY, SELF_SUMMARY } from "./cues.ts";

/** One scan of the text for all three (see anyOf). */
const NEVER = anyOf(APPROVAL_LOG, FORWARDED, DISOWNED);

/** The office's tally of reports it entered or checked (已录入, 审核通过, 积分榜, 申报23条): a log, not a deed. */
const LOGGED = /录入|审核|加分|积分榜|排名|前三名|申报\s?\d+\s?条|\d+\s?条[,，;；。、]/;
/** An office notice that tells one resident's deed with praise (主动, 特此表扬, 高峰同志). */
const PRAISES = /主动|点赞|表扬|特此|同志|师傅|老师/;

/**
 * The office's own summary (本周工作小结), unless it tells a resident's deed and logs nothing: with
 * praise, or with the resident's name as the deed's doer (另:熊秀英今天…捡到…交还了), which
 * `residentNamed` says once the doer is found.
 */
export function officeOwn(text: string, residentNamed: boolean): boolean {
  return OFFICE_SUMMARY.test(text) && !SELF_SUMMARY.test(text) && !RELAYED.test(text) &&
    (LOGGED.test(text) || (!PRAISES.test(text) && !residentNamed));
}

/** Never a report whoever did the deed; the office's own summary is told apart after the doer (officeOwn). */
export function isChatter(text: string): boolean {
  return COMMAND.test(text) || NEVER.test(text) ||
    (ANNOUNCEMENT.test(text) && !RELAYED.test(text)) ||
    (text.includes("了又") && BACK_AND_FORTH.test(text));
}
