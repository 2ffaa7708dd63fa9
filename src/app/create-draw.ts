// An admin opens a prize draw. A secret seed is drawn now and only its hash (the commitment)
// is published; the seed itself is revealed with the result, so anyone can check the draw.
import { drawCommitment } from "../domain/draw-proof.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { OutboxDraft } from "./ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import type { DrawRec } from "./reward-ports.ts";
import { sealSeed } from "./seed-box.ts";
import { newSeed, sha256Hex } from "./sha256.ts";
import { authorize, type Actor, type Operator } from "./actor.ts";

export interface DrawSpec {
  title: string; closesAt: Date; prizes: { name: string; quantity: number }[];
  mode?: "all" | "choose"; allowRepeatWinners?: boolean;
}

/** Builds the notices for the community's groups (wording belongs to the caller). */
export type DrawAnnounce = (draw: DrawRec, group: { platform: string; chatId: string }) => OutboxDraft | null;

export async function createDraw(
  deps: AppDeps, input: { communityId: number; by: Actor | Operator; spec: DrawSpec; announce?: DrawAnnounce; receipt?: Receipt<{ draw: DrawRec }> },
): Promise<Result<{ draw: DrawRec } & Receipted>> {
  const { spec } = input;
  const title = spec.title.trim();
  const prizes = spec.prizes.filter((p) => p.name.trim() && Number.isInteger(p.quantity) && p.quantity > 0);
  if (!title || prizes.length === 0 || prizes.length !== spec.prizes.length || prizes.reduce((s, p) => s + p.quantity, 0) > 1000) {
    return fail("DRAW.BAD_SPEC");
  }
  if (!(spec.closesAt.getTime() > deps.clock().getTime())) return fail("DRAW.CLOSE_IN_PAST");
  const seed = newSeed();
  return deps.store.write(async (r) => {
    const admin = authorize(input.by, { kind: "admin", communityId: input.communityId });
    if (!admin.ok) return admin;
    const draw = await r.draws.create({
      communityId: input.communityId, title, mode: spec.mode ?? "all", allowRepeatWinners: spec.allowRepeatWinners ?? false,
      closesAt: spec.closesAt, seed: sealSeed(seed, deps.settings.drawKey),
      // The commitment binds the seed and the terms everyone reads in the opening message.
      commitment: drawCommitment({ title, prizes: prizes.map((p) => ({ name: p.name.trim(), quantity: p.quantity })), mode: spec.mode ?? "all", allowRepeatWinners: spec.allowRepeatWinners ?? false }, seed, sha256Hex), createdById: admin.actorId,
      prizes: prizes.map((p) => ({ name: p.name.trim(), quantity: p.quantity })),
    });
    await r.audit.record({
      communityId: input.communityId, actorId: admin.actorId, action: "draw.created", subjectType: "draw", subjectId: draw.id,
      data: { commitment: draw.commitment, closesAt: draw.closesAt.toISOString(), mode: draw.mode },
    });
    for (const group of input.announce ? (await r.groups.list({ communityId: input.communityId })).map((g) => ({ platform: g.platform, chatId: g.externalId })) : []) {
      const draft = input.announce?.(draw, group);
      if (draft) await r.outbox.enqueue(draft, { dedupeKey: `draw-open:${draw.id}:${group.platform}:${group.chatId}` });
    }
    return { ok: true as const, draw: { ...draw, seed }, receipt: await queueReceipt(r, input.receipt, { draw: { ...draw, seed } }, deps.clock()) };
  }, { communityId: input.communityId });
}
