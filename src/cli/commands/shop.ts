// `deedbank shop add|list`: the goods of the points shop.
import { addShopItem } from "../../app/add-shop-item.ts";
import { listShop } from "../../app/list-shop.ts";
import type { App } from "../../create-app.ts";
import { CliError } from "./catalog.ts";
import { failed, rewardCommunity } from "./reward-community.ts";

export async function shopAdd(app: App, name: string, price: string, opts: { stock: string; community?: string }): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  if (!/^\d+$/.test(price) || !/^\d+$/.test(opts.stock)) throw new CliError("price and --stock are whole numbers, e.g. shop add \"大米 5kg\" 200 --stock 30");
  const res = await addShopItem(app.deps, { communityId: community.id, by: "operator", name, price: Number(price), stock: Number(opts.stock) });
  if (!res.ok) throw failed(t, res.code, res.params);
  return t("shop.added", { name: res.item.name, price: res.item.price, stock: res.item.stock });
}

export async function shopList(app: App, opts: { community?: string }): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const items = await listShop(app.deps, community.id);
  if (items.length === 0) return t("shop.empty");
  return [t("shop.title"), ...items.map((i) => t("shop.row", { name: i.name, price: i.price, stock: i.stock }))].join("\n");
}
