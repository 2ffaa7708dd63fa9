// A grid worker opens a community event (大扫除, 中秋晚会): the bot posts its card (E3), and
// residents sign in to it until it is closed.
import { categoryByWord } from "../domain/category-word.ts";
import { eventAward } from "../domain/event-rules.ts";
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { EventRec } from "./event-ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

export interface OpenEventInput {
  communityId: number; gridId: number; platform: string; chatId: string; actor: Actor;
  title: string; category: string; hours?: number;
  /** The event card, posted where it was opened. */
  receipt?: Receipt<OpenedEvent>;
}
export interface OpenedEvent { event: EventRec; categoryName: { zh: string; en: string } }

export async function openEvent(deps: AppDeps, input: OpenEventInput): Promise<Result<OpenedEvent & Receipted>> {
  const staff = authorize(input.actor, { kind: "review", communityId: input.communityId, gridId: input.gridId, concerned: [] });
  if (!staff.ok) return staff;
  return deps.store.write(async (r) => {
    const category = categoryByWord(await r.catalog.list(input.communityId), input.category);
    if (!category) return fail("REPORT.UNKNOWN_CATEGORY", { category: input.category });
    const { quantity, points } = eventAward(category, input.hours);
    const now = deps.clock();
    const event = await r.events.create({
      communityId: input.communityId, gridId: input.gridId, platform: input.platform, externalChatId: input.chatId,
      title: input.title, category: category.code, quantity, points, openedById: staff.actorId, at: now,
    });
    await r.audit.record({
      communityId: input.communityId, actorId: staff.actorId, action: "event.opened", subjectType: "event", subjectId: event.id,
      data: { number: event.number, category: category.code, quantity, points },
    });
    const opened = { event, categoryName: category.names };
    return { ok: true as const, ...opened, receipt: await queueReceipt(r, input.receipt, opened, now) };
  });
}
