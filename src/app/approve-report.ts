// A grid worker approves a report: status, ledger credit and audit row in one transaction.
// The credit's idempotency key comes from the report (and the doer, when it names several),
// so each credit lands exactly once.
import { MAX_REPORT_POINTS } from "../domain/catalog.ts";
import { categoryByWord } from "../domain/category-word.ts";
import type { ParsedDeed } from "../domain/parser/index.ts";
import { awardablePoints, decisionBlocker, ledgerKey, PROXY_SELF_APPROVE_MAX } from "../domain/report-rules.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import type { ReportRec, Repos, ResidentRec } from "./ports.ts";
import { planDoers, type DoerEdits } from "./plan-doers.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";
import { moveTicketsForReport, type TicketMove } from "./move-tickets.ts";
import type { NoticeRec } from "./event-ports.ts";
import { holdForNotice, noticeBlocker, noticeDrafts } from "./hold-for-notice.ts";

export interface ApproveInput extends DoerEdits {
  communityId: number;
  number: number;
  actor: Actor;
  points?: number;
  /** The deed as the reviewer corrects it (`通过 12 巡逻 3`): a category word and a quantity
   * (0: none given). A word that names no category is a remark ("通过,辛苦了") and is ignored,
   * unless a quantity follows it. */
  category?: { word: string; quantity: number };
  /** Notices to queue with the decision (the reporter's, at least). */
  announce?: Announce<Approved>;
  /** The reviewer's copy, when they decided from another chat (null: none). */
  receipt?: Receipt<Approved>;
}

/** One person credited by an approval, with their balance after it. */
export interface Credited { doer: ResidentRec; balance: number; tickets?: TicketMove }

/** `doer`, `balance`, `tickets`: the first doer's; `credited`: everyone's (one for most reports). */
export interface Approved {
  report: ReportRec; doer: ResidentRec; points: number; balance: number; tickets?: TicketMove; credited: Credited[];
  /** Set when the award waits in 公示 (issue 11): nothing was credited yet (`credited` is empty). */
  notice?: NoticeRec;
}

export async function approveReport(deps: AppDeps, input: ApproveInput): Promise<Result<Approved & Receipted>> {
  return deps.store.write(async (r) => {
    const named = input.category ? categoryByWord(await r.catalog.list(input.communityId), input.category.word) : null;
    if (input.category && !named && input.category.quantity > 0) return fail("REPORT.UNKNOWN_CATEGORY", { category: input.category.word });
    const deed = named && input.category ? { category: named.code, quantity: Math.max(1, input.category.quantity) } : undefined;
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const blocker = decisionBlocker(report.status);
    if (blocker) return fail(blocker, { number: report.number });
    const inNotice = await noticeBlocker(r, report);
    if (inNotice) return inNotice;
    // A proxy entry is approved by another staff member; the one who entered it only when the
    // community allows it, and only up to PROXY_SELF_APPROVE_MAX points.
    const ownProxy = report.enteredById !== null && report.enteredById === input.actor.resident?.id;
    const selfProxy = ownProxy && deps.settings.proxySelfApprove === true;
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: selfProxy ? [] : [report.senderResidentId] }, { number: report.number });
    if (!reviewer.ok) return ownProxy && reviewer.code === "REPORT.SELF_APPROVAL" ? fail("REPORT.PROXY_OTHER_STAFF", { number: report.number, max: PROXY_SELF_APPROVE_MAX }) : reviewer;
    const deeds = deed ? await correctedDeeds(r.catalog, report.communityId, deed) : report.deeds;
    if (!deeds) return fail("REPORT.UNKNOWN_CATEGORY", { category: deed?.category ?? "" });
    const suggested = deed ? Math.min(MAX_REPORT_POINTS, deeds.reduce((s, d) => s + d.points, 0)) : report.suggestedPoints;
    if (suggested === 0 && input.points === undefined) return fail("REPORT.NO_DEEDS", { number: report.number });
    const points = awardablePoints(suggested, input.points);
    if (points === null) return fail("REPORT.POINTS_OUT_OF_RANGE", { max: MAX_REPORT_POINTS });
    if (selfProxy && points > PROXY_SELF_APPROVE_MAX) return fail("REPORT.PROXY_SELF_LIMIT", { number: report.number, max: PROXY_SELF_APPROVE_MAX });
    const planned = await planDoers(r, report, input, reviewer.actorId);
    if (!planned.ok) return planned;
    const doers = planned.residents;
    const household = await r.fixed.household(reviewer.actorId);
    for (const doer of doers) {
      const late = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [doer.id] }, { number: report.number });
      if (!late.ok) return late.code === "REPORT.SELF_APPROVAL" && doers.length > 1 ? fail("REPORT.SELF_AMONG_DOERS", { number: report.number, name: doer.name }) : late;
      // Nobody awards points to their own household, whoever reported it (a proxy) or named the doer.
      if (doer.id !== reviewer.actorId && household.includes(doer.id)) return fail("AUTH.OWN_HOUSEHOLD", { name: doer.name });
    }
    const first = doers[0] as ResidentRec;
    const now = deps.clock();
    // 公示: a big award is held as a public notice; the report stays pending until it lands.
    // Several doers: the notice names the first, and the report keeps every doer as approved
    // (its DeedReportDoer rows), so the credit lands on each of them once the notice is done.
    const notice = await holdForNotice(r, { report, deeds, points, doerId: first.id, approverId: reviewer.actorId, now });
    if (notice) {
      const rows = doers.length > 1 ? doers.map((d, position) => ({ position, name: d.name, residentId: d.id })) : null;
      if (rows) await r.reports.setDoers(report.id, rows);
      const held: Approved = { report: { ...report, deeds, doers: rows ?? report.doers }, doer: first, points, balance: await r.ledger.balance(first.id), credited: [], notice };
      if (input.announce) await enqueueDecision(r, report.id, "notice", await noticeDrafts(r, report, input.announce(held)), now);
      return { ok: true as const, ...held, receipt: await queueReceipt(r, input.receipt, held, now) };
    }
    const moved = await r.reports.transition(report.id, "pending", {
      status: "approved", reviewerId: reviewer.actorId, awardedPoints: points, doerResidentId: first.id, decidedAt: now,
      ...(deed ? { deeds } : {}),
    });
    if (!moved) return fail("REPORT.ALREADY_APPROVED", { number: report.number });
    // One key per (report, doer) when several are credited; deed:<report> when one is, as before.
    const several = doers.length > 1;
    const credited: Credited[] = [];
    for (const doer of doers) {
      const key = ledgerKey.deed(report.id, several ? doer.id : undefined);
      const credit = await r.ledger.append({
        communityId: report.communityId, residentId: doer.id, points, kind: "deed", reportId: report.id,
        idempotencyKey: key, actorId: reviewer.actorId, at: now,
      });
      if (credit === "duplicate") throw new Error(`ledger already holds ${key} for a pending report`);
      const tickets = await moveTicketsForReport(r, "credit", { communityId: report.communityId, residentId: doer.id, reportId: report.id, at: now, several });
      credited.push({ doer, tickets, balance: 0 });
    }
    for (const c of credited) c.balance = await r.ledger.balance(c.doer.id);
    const doerRows = report.doers.length > 0 || several ? doers.map((d, position) => ({ position, name: d.name, residentId: d.id })) : null;
    if (doerRows) await r.reports.setDoers(report.id, doerRows);
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.approved", subjectType: "report",
      subjectId: report.id,
      data: {
        number: report.number, points, doerId: first.id, ...(several ? { doerIds: doers.map((d) => d.id) } : {}),
        ...(report.enteredById !== null ? { enteredById: report.enteredById } : {}),
        ...(deed ? { corrected: deeds, parsed: report.deeds } : {}),
      },
    });
    const updated = { ...report, deeds, status: "approved" as const, awardedPoints: points, doerResidentId: first.id, decidedAt: now, doers: doerRows ?? report.doers };
    const head = credited[0] as Credited;
    const approved: Approved = { report: updated, doer: first, points, balance: head.balance, tickets: head.tickets, credited };
    if (input.announce) await enqueueDecision(r, report.id, "approved", input.announce(approved), now);
    return { ok: true as const, ...approved, receipt: await queueReceipt(r, input.receipt, approved, now) };
  }, { communityId: input.communityId });
}

async function correctedDeeds(
  catalog: Repos["catalog"],
  communityId: number,
  deed: { category: string; quantity: number },
): Promise<ParsedDeed[] | null> {
  const category = (await catalog.list(communityId)).find((c) => c.code === deed.category && c.active);
  return category ? [{ category: category.code, quantity: deed.quantity, points: category.points * deed.quantity }] : null;
}
