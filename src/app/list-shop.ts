// The goods of the points shop, cheapest first.
import type { AppDeps } from "./deps.ts";
import type { ShopItemRec } from "./reward-ports.ts";

export const listShop = (deps: AppDeps, communityId: number): Promise<ShopItemRec[]> =>
  deps.store.read((r) => r.shop.list(communityId));
