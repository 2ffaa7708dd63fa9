// An admin runs a draw after its close: the entries are fixed (tickets held at the close, or
// tickets put in), the tickets are spent, the winners are drawn from the published seed,
// and the result is queued for the community's groups, all in one transaction.
import { drawWinners } from "../domain/draw.ts";
import { publicName } from "../domain/mask-name.ts";
import { ticketKey } from "../domain/tickets.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { OutboxDraft, Repos } from "./ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import type { DrawRec, WinnerRec } from "./reward-ports.ts";
import { openSeed } from "./seed-box.ts";
import { sha256Hex } from "./sha256.ts";
import { drawBinding } from "./verify-draw.ts";
import { authorize, type Actor, type Operator } from "./actor.ts";

export interface DrawResult { draw: DrawRec; winners: (WinnerRec & { name: string })[] }
export type ResultAnnounce = (result: DrawResult, group: { platform: string; chatId: string }) => OutboxDraft | null;

export async function runDraw(
  deps: AppDeps, input: { communityId: number; drawId: number; by: Actor | Operator; announce?: ResultAnnounce; receipt?: Receipt<DrawResult> },
): Promise<Result<DrawResult & Receipted>> {
  return deps.store.write(async (r) => {
    const admin = authorize(input.by, { kind: "admin", communityId: input.communityId });
    if (!admin.ok) return admin;
    const stored = await r.draws.byId(input.communityId, input.drawId);
    if (!stored) return fail("DRAW.NOT_FOUND", { id: input.drawId });
    const seed = openSeed(stored.seed, deps.settings.drawKey);
    if (seed === null) return fail("DRAW.SEED_LOCKED", { id: stored.id });
    const draw = { ...stored, seed };
    if (draw.status !== "open") return fail("DRAW.ALREADY_DRAWN", { id: draw.id });
    const now = deps.clock();
    if (now.getTime() < draw.closesAt.getTime()) return fail("DRAW.NOT_CLOSED", { id: draw.id });
    const entries = draw.mode === "choose" ? await r.draws.pledges(draw.id) : await spendHeldTickets(r, draw, now);
    // Published names follow the resident's choice to appear masked (张*英) on public lists.
    const names = new Map((await r.residents.byIds(entries.map((e) => e.residentId))).map((p) => [p.id, publicName(p)]));
    const published = entries.map((e) => ({ ...e, name: names.get(e.residentId) ?? "" }));
    // The seed is published now: stored in the clear with the result.
    if (!(await r.draws.markDrawn(draw.id, published, now, seed))) return fail("DRAW.ALREADY_DRAWN", { id: draw.id });
    const bind = drawBinding(draw, published);
    for (const w of drawWinners({ entries, prizes: draw.prizes, seed: draw.seed, allowRepeatWinners: draw.allowRepeatWinners, bind }, sha256Hex)) {
      await r.draws.addWinner({ drawId: draw.id, ...w });
    }
    const winners = (await r.draws.winners(draw.id)).map((w) => ({ ...w, name: names.get(w.residentId) ?? "" }));
    await r.audit.record({
      communityId: input.communityId, actorId: admin.actorId, action: "draw.drawn", subjectType: "draw", subjectId: draw.id,
      data: { entries: entries.length, tickets: entries.reduce((s, e) => s + e.tickets, 0), winners: winners.map((w) => w.residentId) },
    });
    const result = { draw: { ...draw, status: "drawn" as const, entries: published, drawnAt: now }, winners };
    for (const group of input.announce ? (await r.groups.list({ communityId: input.communityId })).map((g) => ({ platform: g.platform, chatId: g.externalId })) : []) {
      const draft = input.announce?.(result, group);
      if (draft) await r.outbox.enqueue(draft, { dedupeKey: `draw-result:${draw.id}:${group.platform}:${group.chatId}` });
    }
    return { ok: true as const, ...result, receipt: await queueReceipt(r, input.receipt, result, now) };
  }, { communityId: input.communityId });
}

/** "all" draws: each ticket held at the close is one entry, and is spent by the draw. */
async function spendHeldTickets(r: Repos, draw: DrawRec, now: Date) {
  const held = await r.tickets.balancesBefore(draw.communityId, draw.closesAt);
  const entries = [];
  for (const e of held) {
    // Tickets taken back since the close (a revoked deed) cannot be entered.
    const tickets = Math.min(e.tickets, await r.tickets.balance(e.residentId));
    if (tickets <= 0) continue;
    await r.tickets.append({
      communityId: draw.communityId, residentId: e.residentId, tickets: -tickets, kind: "draw", drawId: draw.id, createdAt: now,
      idempotencyKey: ticketKey.draw(draw.id, e.residentId),
    });
    entries.push({ residentId: e.residentId, tickets });
  }
  return entries;
}
