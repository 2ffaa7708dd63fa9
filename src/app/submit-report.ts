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
  /** The router's reading of the message (readReport), used when it is of this text and sender. */
  reading?: Reading;
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

/** A message as the community's catalog reads it: kept, so that submitting it does not parse it again. */
export interface Reading { communityId: number; text: string; sender: string; parse: ParseResult }

/**
 * Whether a message states a deed (with the community's catalog): the router asks this first,
 * so that chatter, most of a group's messages, costs no look-up of who sent it. The reading
 * when it may be a report; null for chatter.
 */
export async function readReport(deps: AppDeps, communityId: number, text: string, senderName: string): Promise<Reading | null> {
  const { parser } = await deps.parsers.forCommunity(communityId);
  const parse = parser({ text, sender: senderName, now: deps.clock() });
  // A doubtful reading is worth the lookup too: it is kept quietly for the grid worker.
  return parse.lane === "no" ? null : { communityId, text, sender: senderName, parse };
}

/** `created: false` when the same message was delivered again (the first report is returned). */
export async function submitReport(deps: AppDeps, input: SubmitReportInput): Promise<Result<Submitted>> {
  const { group, actor } = input;
  // The router's reading of this same message, when it made one (the parser runs once per message).
  const read = input.reading;
  const parse = read && read.communityId === group.communityId && read.text === input.text && read.sender === actor.account.displayName
    ? read.parse
    : (await deps.parsers.forCommunity(group.communityId)).parser({ text: input.text, sender: actor.account.displayName, now: deps.clock() });
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
    // The identity the router read for this message, created here on a first report.
    const identity = await ensureIdentity(r, actor.account, actor.identity);
    const since = dayStart(deps.clock(), input.timezone);
    // One read serves the daily limit (every status counts) and the duplicate check (pending and approved).
    const limit = deps.settings.dailyReportLimit;
    const today = await r.reports.bySenderSince(identity.id, since, Math.max(limit, 500));
    if (today.length >= limit) return fail("REPORT.DAILY_LIMIT", { limit });
    return createReport(deps, r, {
      group, since, identity, messageId: input.messageId, text: input.text, parse, detail, receipt: input.receipt,
      doers: parse.doers.length > 1 ? parse.doers : undefined, doerName: parse.doer,
      recentMine: today.filter((x) => x.status === "pending" || x.status === "approved"),
    });
  }, { communityId: group.communityId });
}

export interface CreateReport {
  group: ChatGroupRec; since: Date; identity: IdentityRec; messageId: string | null; text: string;
  parse: ParseResult; detail: ReportDetail; receipt?: SubmitReportInput["receipt"];
  doerName: string | null; doers?: (string | null)[];
  /** The sender's pending and approved reports since `since`, when the caller read them already. */
  recentMine?: ReportRec[];
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
  const sender = { residentId: identity.residentId, name: identity.displayName };
  const mine: DoerList = c.proxy ? { keys: [doerKey({ residentId: c.proxy.doer.id })] } : { doers: c.doers ?? [c.doerName], sender };
  const recent = [...(c.recentMine ?? (await r.reports.recentBySender(identity.id, c.since))), ...(await r.reports.recentInGrid(group.gridId, c.since, parse.deeds))];
  // Only reports sharing a deed need their doers resolved; every name is looked up in one statement.
  const theirs = recent.map((x) => (sharesDeed(x.deeds, parse.deeds) ? reportDoers(x) : { keys: [] }));
  const resolve = await resolveNames(r, group, [mine, ...theirs]);
  const sketches = recent.map((x, i) => ({
    number: x.number, senderIdentityId: x.senderIdentityId, text: x.rawText, deeds: x.deeds, doers: resolve(theirs[i] as DoerList),
  }));
  const dup = findDuplicate({ number: 0, senderIdentityId: identity.id, text: c.text, deeds: parse.deeds, doers: resolve(mine) }, sketches);
  if (dup?.kind === "resent") return fail("REPORT.DUPLICATE", { number: dup.of.number });
  const report = await r.reports.create({
    communityId: group.communityId, gridId: group.gridId, chatGroupId: group.id, platform: group.platform,
    externalChatId: group.externalId, externalMessageId: c.messageId, senderIdentityId: identity.id,
    senderResidentId: identity.residentId, rawText: c.text, deeds: parse.deeds,
    suggestedPoints: parse.totalPoints, doerName: c.proxy ? c.proxy.doer.name : c.doerName, at: deps.clock(),
    doers: c.doers, duplicateOf: dup?.of.number ?? null,
    ...(c.proxy ? { enteredById: c.proxy.enteredById, doerResidentId: c.proxy.doer.id } : {}),
    // Built from what is written, not read back.
    sender: { displayName: identity.displayName, locale: identity.locale },
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

/** Doers as keys already, or as the text names them (null: the sender) to resolve. */
type DoerList = { keys: string[] } | { doers: readonly (string | null)[]; sender: { residentId: number | null; name: string } };

/** The doers of an earlier report: the residents credited once approved, else as the text names them. */
function reportDoers(x: ReportRec): DoerList {
  const credited = x.doers.filter((d) => d.residentId !== null).map((d) => doerKey({ residentId: d.residentId as number }));
  if (credited.length > 0) return { keys: credited };
  if (x.doerResidentId !== null) return { keys: [doerKey({ residentId: x.doerResidentId })] };
  return { doers: x.doers.length > 0 ? x.doers.map((d) => d.name) : [x.doerName], sender: { residentId: x.senderResidentId, name: x.senderName } };
}

/**
 * Doer keys: each name is the one resident of that name (the grid's first, else the
 * community's), else the name itself. All the names of all the lists are looked up in one
 * statement (issue 14: a busy grid's day of unresolved senders cost two statements each).
 */
async function resolveNames(r: Repos, group: ChatGroupRec, lists: readonly DoerList[]): Promise<(list: DoerList) => string[]> {
  const nameOf = (d: string | null, sender: { residentId: number | null; name: string }) => (d !== null ? d : sender.residentId === null ? sender.name : null);
  const names = new Set<string>();
  for (const l of lists) if ("doers" in l) for (const d of l.doers) {
    const n = nameOf(d, l.sender);
    if (n !== null) names.add(n);
  }
  const found = names.size > 0 ? await r.residents.findByNames(group.communityId, [...names]) : [];
  const keyOf = new Map<string, string>();
  for (const name of names) {
    const all = found.filter((x) => x.name === name);
    const inGrid = group.gridId === null ? all : all.filter((x) => x.gridId === group.gridId);
    const one = inGrid.length > 0 ? inGrid : all;
    keyOf.set(name, one.length === 1 && one[0] ? doerKey({ residentId: one[0].id }) : doerKey({ name }));
  }
  return (l) => ("keys" in l ? l.keys : l.doers.map((d) => {
    const n = nameOf(d, l.sender);
    return n === null ? doerKey({ residentId: l.sender.residentId as number }) : (keyOf.get(n) as string);
  }));
}
