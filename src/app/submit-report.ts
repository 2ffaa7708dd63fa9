// A resident's message in a bound group: parsed here with the community's catalog; a deed
// report is queued for the grid worker, anything else is chatter and gets no answer.
import { doerKey, findDuplicate, sharesDeed } from "../domain/duplicate.ts";
import { dayStart, localDate } from "../domain/period.ts";
import type { ParseResult } from "../domain/parser/index.ts";
import { ensureIdentity, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt } from "./receipt.ts";
import { holdPossibleReport } from "./hold-possible-report.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { ChatGroupRec, IdentityRec, OutboxDraft, ReportRec, Repos, ResidentRec } from "./ports.ts";

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
    if ((await r.reports.countBySenderSince(identity.id, since)) >= deps.settings.dailyReportLimit) {
      return fail("REPORT.DAILY_LIMIT", { limit: deps.settings.dailyReportLimit });
    }
    return createReport(deps, r, {
      group, since, identity, messageId: input.messageId, text: input.text, parse, detail, receipt: input.receipt,
      doers: parse.doers.length > 1 ? parse.doers : undefined, doerName: parse.doer,
    });
  }, { communityId: group.communityId });
}

export interface CreateReport {
  group: ChatGroupRec; since: Date; identity: IdentityRec; messageId: string | null; text: string;
  parse: ParseResult; detail: ReportDetail; receipt?: SubmitReportInput["receipt"];
  doerName: string | null; doers?: (string | null)[];
  /** A proxy entry: the staff member entering it, and the resident who did it. */
  proxy?: { enteredById: number; doer: ResidentRec };
}

/**
 * The report, its audit row and its card, in the caller's transaction (submitReport, and proxy
 * entries). A resent text is refused; the same deed of the same doer reported again that day
 * (by anyone, in any words) is recorded with a pointer to the first, for the reviewer to merge.
 */
export async function createReport(deps: AppDeps, r: Repos, c: CreateReport): Promise<Result<Submitted>> {
  const { group, identity, parse } = c;
  const keys = doerKeysFor(r, group);
  const sender = { residentId: identity.residentId, name: identity.displayName };
  const mine = c.proxy ? [doerKey({ residentId: c.proxy.doer.id })] : await keys(c.doers ?? [c.doerName], sender);
  const recent = [...(await r.reports.recentBySender(identity.id, c.since)), ...(await r.reports.recentInGrid(group.gridId, c.since, parse.deeds))];
  const sketches = await Promise.all(recent.map(async (x) => ({
    number: x.number, senderIdentityId: x.senderIdentityId, text: x.rawText, deeds: x.deeds,
    // Only reports sharing a deed need their doers resolved.
    doers: sharesDeed(x.deeds, parse.deeds) ? await reportDoerKeys(keys, x) : [],
  })));
  const dup = findDuplicate({ number: 0, senderIdentityId: identity.id, text: c.text, deeds: parse.deeds, doers: mine }, sketches);
  if (dup?.kind === "resent") return fail("REPORT.DUPLICATE", { number: dup.of.number });
  const report = await r.reports.create({
    communityId: group.communityId, gridId: group.gridId, chatGroupId: group.id, platform: group.platform,
    externalChatId: group.externalId, externalMessageId: c.messageId, senderIdentityId: identity.id,
    senderResidentId: identity.residentId, rawText: c.text, deeds: parse.deeds,
    suggestedPoints: parse.totalPoints, doerName: c.proxy ? c.proxy.doer.name : c.doerName, at: deps.clock(),
    doers: c.doers, duplicateOf: dup?.of.number ?? null,
    ...(c.proxy ? { enteredById: c.proxy.enteredById, doerResidentId: c.proxy.doer.id } : {}),
  });
  await r.audit.record({
    communityId: group.communityId, actorId: identity.residentId, action: c.proxy ? "report.entered_for" : "report.submitted",
    subjectType: "report", subjectId: report.id,
    data: {
      number: report.number, identityId: identity.id, ...(dup ? { duplicateOf: dup.of.number } : {}),
      ...(c.proxy ? { enteredById: c.proxy.enteredById, doerId: c.proxy.doer.id } : {}),
    },
  });
  return ok({ report, created: true, detail: c.detail, receipt: await queueReceipt(r, c.receipt, { report, detail: c.detail }, deps.clock()) });
}

type KeysOf = (doers: readonly (string | null)[], sender: { residentId: number | null; name: string }) => Promise<string[]>;

/** Doer keys, with each name looked up once: the one resident of that name (the grid's first), else the name. */
function doerKeysFor(r: Repos, group: ChatGroupRec): KeysOf {
  const byName = new Map<string, Promise<string>>();
  const lookup = (name: string): Promise<string> => {
    let key = byName.get(name);
    if (!key) {
      key = (async () => {
        let found = await r.residents.findByName(group.communityId, group.gridId, name);
        if (found.length === 0) found = await r.residents.findByName(group.communityId, null, name);
        return found.length === 1 && found[0] ? doerKey({ residentId: found[0].id }) : doerKey({ name });
      })();
      byName.set(name, key);
    }
    return key;
  };
  return (doers, sender) => Promise.all(doers.map((d) =>
    d !== null ? lookup(d) : sender.residentId !== null ? Promise.resolve(doerKey({ residentId: sender.residentId })) : lookup(sender.name)));
}

/** The doers of an earlier report: the residents credited once approved, else as the text names them. */
async function reportDoerKeys(keys: KeysOf, x: ReportRec): Promise<string[]> {
  const credited = x.doers.filter((d) => d.residentId !== null).map((d) => doerKey({ residentId: d.residentId as number }));
  if (credited.length > 0) return credited;
  if (x.doerResidentId !== null) return [doerKey({ residentId: x.doerResidentId })];
  return keys(x.doers.length > 0 ? x.doers.map((d) => d.name) : [x.doerName], { residentId: x.senderResidentId, name: x.senderName });
}
