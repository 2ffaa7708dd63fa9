// A grid worker enters a deed for a resident without a phone (代报 @王桂兰 帮独居的刘奶奶买菜):
// a card whose doer is that registered resident, approved by another staff member (the
// entering worker is the sender, so the self-approval rule already keeps them out; see
// approve-report.ts for DEEDBANK_PROXY_SELF_APPROVE). The audit row names who entered it.
import { dayStart, localDate } from "../domain/period.ts";
import { authorize, ensureIdentity, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { ChatGroupRec } from "./ports.ts";
import { createReport, type SubmitReportInput, type Submitted } from "./submit-report.ts";

export interface ProxyReportInput {
  group: ChatGroupRec; timezone: string; messageId: string | null; actor: Actor;
  /** The resident who did it, as the worker names them, and a choice among same-named ones (选2). */
  name: string; pick?: number;
  /** What they did. */
  text: string;
  receipt?: SubmitReportInput["receipt"];
}

/** The text is read as a tagged report: the worker states a deed, so it always gets a card. */
const TAG = "#好人好事 ";

export async function enterProxyReport(deps: AppDeps, input: ProxyReportInput): Promise<Result<Submitted>> {
  const { group, actor } = input;
  const { parser } = await deps.parsers.forCommunity(group.communityId);
  return deps.store.write(async (r) => {
    if (input.messageId) {
      const again = await r.reports.byMessage(group.platform, group.externalId, input.messageId);
      if (again) return { ok: true as const, report: again, created: false, detail: { when: null, where: null }, receipt: null };
    }
    const staff = authorize(actor, { kind: "review", communityId: group.communityId, gridId: group.gridId, concerned: [] });
    if (!staff.ok) return staff;
    // Registered residents only: not a record a report created from a name (unregistered).
    const registered = async (gridId: number | null) => (await r.residents.findByName(group.communityId, gridId, input.name)).filter((x) => x.status === "active");
    let matches = await registered(group.gridId);
    if (matches.length === 0) matches = await registered(null);
    const doer = input.pick !== undefined ? matches[input.pick - 1] : matches.length === 1 ? matches[0] : undefined;
    if (matches.length === 0 || (input.pick !== undefined && !doer)) return fail("REPORT.PROXY_NOT_REGISTERED", { name: input.name });
    if (!doer) return fail("REPORT.PROXY_AMBIGUOUS", { name: input.name, count: matches.length });
    const parse = parser({ text: TAG + input.text, sender: doer.name, now: deps.clock() });
    const today = localDate(deps.clock(), input.timezone);
    return createReport(deps, r, {
      group, since: dayStart(deps.clock(), input.timezone), identity: await ensureIdentity(r, actor.account, actor.identity),
      // The resident is part of what was said: the same words for another resident are no resend.
      messageId: input.messageId, text: `@${doer.name} ${input.text}`, parse, receipt: input.receipt, doerName: doer.name,
      detail: { when: parse.whenDate && parse.whenDate !== today ? parse.when : null, where: parse.where },
      proxy: { enteredById: staff.actorId, doer },
    });
  });
}
