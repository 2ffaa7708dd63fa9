// An admin puts goods in the points shop (`deedbank shop add "大米 5kg" 200 --stock 30`);
// the same name again restocks it at the new price.
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import type { ShopItemRec } from "./reward-ports.ts";
import { authorize, type Actor, type Operator } from "./actor.ts";

export async function addShopItem(
  deps: AppDeps, input: { communityId: number; by: Actor | Operator; name: string; price: number; stock: number; receipt?: Receipt<{ item: ShopItemRec }> },
): Promise<Result<{ item: ShopItemRec } & Receipted>> {
  const name = input.name.trim();
  if (!name || name.length > 60) return fail("SHOP.BAD_ITEM");
  if (!Number.isInteger(input.price) || input.price < 1 || !Number.isInteger(input.stock) || input.stock < 0) return fail("SHOP.BAD_ITEM");
  return deps.store.write(async (r) => {
    const admin = authorize(input.by, { kind: "admin", communityId: input.communityId });
    if (!admin.ok) return admin;
    const item = await r.shop.put(input.communityId, name, input.price, input.stock);
    await r.audit.record({
      communityId: input.communityId, actorId: admin.actorId, action: "shop.item_put", subjectType: "shop_item", subjectId: item.id,
      data: { price: input.price, added: input.stock, stock: item.stock },
    });
    const done: { item: ShopItemRec } = { item };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
