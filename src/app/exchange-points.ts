// A grid worker records an exchange at the counter (`兑换 @张秀英 大米`). One transaction
// checks the spendable balance, takes one from stock (a conditional UPDATE that cannot go
// below zero), debits the points (ledger kind "exchange") and records who handed it over.
// Writes are serialised and take the SQLite write lock first, so two exchanges at once, even
// from two processes, see each other's debit.
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { findResident } from "./find-resident.ts";
import type { ResidentRec } from "./ports.ts";
import type { ShopItemRec } from "./reward-ports.ts";
import { authorize, type Actor } from "./actor.ts";

export interface Exchanged { exchangeId: number; resident: ResidentRec; item: ShopItemRec; balance: number }

export async function exchangePoints(
  deps: AppDeps, input: { communityId: number; actor: Actor; name: string; item: string; pick?: number; receipt?: Receipt<Exchanged> },
): Promise<Result<Exchanged & Receipted>> {
  return deps.store.write(async (r) => {
    const found = await findResident(r, input.communityId, input.name, input.pick);
    if (!found.ok) return found;
    const resident = found.resident;
    const staff = authorize(input.actor, { kind: "serve", communityId: input.communityId, resident: resident });
    if (!staff.ok) return staff;
    const items = await r.shop.byName(input.communityId, input.item.trim());
    if (items.length === 0) return fail("SHOP.ITEM_NOT_FOUND", { item: input.item });
    if (items.length > 1) return fail("SHOP.ITEM_AMBIGUOUS", { item: input.item, items: items.map((i) => i.name).join("、") });
    const item = items[0] as ShopItemRec;
    const balance = await r.ledger.balance(resident.id);
    if (balance < item.price) return fail("POINTS.INSUFFICIENT", { name: resident.name, balance, price: item.price });
    if (!(await r.shop.takeOne(item.id))) return fail("SHOP.OUT_OF_STOCK", { item: item.name });
    const exchangeId = await r.shop.recordExchange({
      communityId: input.communityId, itemId: item.id, residentId: resident.id, price: item.price, handedById: staff.actorId,
    });
    await r.ledger.append({
      communityId: input.communityId, residentId: resident.id, points: -item.price, kind: "exchange", reportId: null,
      idempotencyKey: `exchange:${exchangeId}`, actorId: staff.actorId, note: item.name, at: deps.clock(),
    });
    await r.audit.record({
      communityId: input.communityId, actorId: staff.actorId, action: "shop.exchanged", subjectType: "shop_item", subjectId: item.id,
      data: { exchangeId, residentId: resident.id, price: item.price },
    });
    const done: Exchanged = { exchangeId, resident, item: { ...item, stock: item.stock - 1 }, balance: balance - item.price };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  }, { communityId: input.communityId });
}
