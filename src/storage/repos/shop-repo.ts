import type { RewardRepos } from "../../app/reward-ports.ts";
import type { Db } from "./db.ts";

const ITEM = { id: true, communityId: true, name: true, price: true, stock: true, active: true } as const;

export const shopRepo = (db: Db): RewardRepos["shop"] => ({
  put: (communityId, name, price, stock) =>
    db.shopItem.upsert({
      where: { communityId_name: { communityId, name } },
      create: { communityId, name, price, stock },
      update: { price, stock: { increment: stock }, active: true },
      select: ITEM,
    }),
  list: (communityId) => db.shopItem.findMany({ where: { communityId, active: true }, select: ITEM, orderBy: [{ price: "asc" }, { id: "asc" }] }),
  byName: async (communityId, name) => {
    const exact = await db.shopItem.findMany({ where: { communityId, active: true, name }, select: ITEM });
    return exact.length > 0 ? exact : db.shopItem.findMany({ where: { communityId, active: true, name: { contains: name } }, select: ITEM, orderBy: { id: "asc" } });
  },
  // The guard lives in SQL (and in a trigger): stock never goes below zero, whoever calls.
  takeOne: async (itemId) => (await db.shopItem.updateMany({ where: { id: itemId, stock: { gt: 0 } }, data: { stock: { decrement: 1 } } })).count === 1,
  recordExchange: async (e) => (await db.shopExchange.create({ data: e, select: { id: true } })).id,
});
