// A resident's message in a bound group: parsed here with the community's catalog; a deed
// report is queued for the grid worker, anything else is chatter and gets no answer.
import { findDuplicate } from "../domain/duplicate.ts";
import { dayStart, localDate } from "../domain/period.ts";
import type { ParseResult } from "../domain/parser/index.ts";
import { ensureIdentity, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt } from "./receipt.ts";
import { holdPossibleReport } from "./hold-possible-report.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { ChatGroupRec, OutboxDraft, ReportRec } from "./ports.ts";

export interface SubmitReportInput {
  group: ChatGroupRec;
  timezone: string;
  messageId: string | null;
  actor: Actor;
  text: string;
  /** The card, queued with the report. */
  receipt?: Receipt<{ report: ReportRec; detail: ReportDetail }>;
}

/** When and where the text says the deed happened, for the card (`when` only if not today). */
export interface ReportDetail { when: string | null; where: string | null }

/** `report: null`: the text is not a deed report (chatter). */
export type Submitted = { report: null; receipt: null } | { report: ReportRec; created: boolean; detail: ReportDetail; receipt: OutboxDraft | null };

const detailOf = (parse: ParseResult, today: string): ReportDetail => ({
  when: parse.whenDate && parse.whenDate !== today ? parse.when : null,
  where: parse.where,
});

/**
 * Whether a message states a deed (with the community's catalog): the router asks this first,
 * so that chatter, most of a group's messages, costs no look-up of who sent it.
 */
export async function isDeedReport(deps: AppDeps, communityId: number, text: string, senderName: string): Promise<boolean> {
  const { parser } = await deps.parsers.forCommunity(communityId);
  // A doubtful reading is worth the lookup too: it is kept quietly for the grid worker.
  return parser({ text, sender: senderName, now: deps.clock() }).lane !== "no";
}

/** `created: false` when the same message was delivered again (the first report is returned). */
export async function submitReport(deps: AppDeps, input: SubmitReportInput): Promise<Result<Submitted>> {
  const { group, actor } = input;
  const { parser } = await deps.parsers.forCommunity(group.communityId);
  const parse = parser({ text: input.text, sender: actor.account.displayName, now: deps.clock() });
  // Not sure: no card; kept quietly for the grid worker (待审核 → 可能的申报), who may promote it.
  if (parse.lane === "doubtful") {
    await holdPossibleReport(deps, { group, messageId: input.messageId, actor, text: input.text, parse });
    return ok({ report: null, receipt: null });
  }
  if (!parse.isReport) return ok({ report: null, receipt: null });
  const detail = detailOf(parse, localDate(deps.clock(), input.timezone));
  return deps.store.write(async (r) => {
    if (input.messageId) {
      const again = await r.reports.byMessage(group.platform, group.externalId, input.messageId);
      // A redelivered message: its card was queued the first time.
      if (again) return ok({ report: again, created: false, detail: { when: null, where: null }, receipt: null });
    }
    const identity = await ensureIdentity(r, actor.account);
    const since = dayStart(deps.clock(), input.timezone);
    const today = await r.reports.recentBySender(identity.id, since);
    if ((await r.reports.countBySenderSince(identity.id, since)) >= deps.settings.dailyReportLimit) {
      return fail("REPORT.DAILY_LIMIT", { limit: deps.settings.dailyReportLimit });
    }
    const candidate = { number: 0, senderIdentityId: identity.id, text: input.text, deeds: parse.deeds, doerName: parse.doer };
    // Same-sender repeats are all in `today`; from the grid, only reports naming the same doer can match.
    const sameDoer = parse.doer === null ? [] : await r.reports.recentInGrid(group.gridId, since, parse.doer);
    const dup = findDuplicate(candidate, [...today, ...sameDoer].map((x) => ({
      number: x.number, senderIdentityId: x.senderIdentityId, text: x.rawText, deeds: x.deeds, doerName: x.doerName,
    })));
    if (dup) return fail("REPORT.DUPLICATE", { number: dup.number });
    const report = await r.reports.create({
      communityId: group.communityId, gridId: group.gridId, chatGroupId: group.id, platform: group.platform,
      externalChatId: group.externalId, externalMessageId: input.messageId, senderIdentityId: identity.id,
      senderResidentId: identity.residentId, rawText: input.text, deeds: parse.deeds,
      suggestedPoints: parse.totalPoints, doerName: parse.doer, at: deps.clock(),
    });
    await r.audit.record({
      communityId: group.communityId, actorId: identity.residentId, action: "report.submitted",
      subjectType: "report", subjectId: report.id, data: { number: report.number, identityId: identity.id },
    });
    return ok({ report, created: true, detail, receipt: await queueReceipt(r, input.receipt, { report, detail }, deps.clock()) });
  }, { communityId: group.communityId });
}
