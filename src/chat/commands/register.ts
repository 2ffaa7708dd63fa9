import { parseAddress, registerResident, type Address } from "../../app/register-resident.ts";
import type { Command } from "../context.ts";
import { renderAddress } from "../render/address.ts";
import { renderFailure } from "../render/failure.ts";

interface RegisterArgs { name: string; grid: string | null; address: Address }

/** 登记 王小明 3栋2单元301 · 登记 王小明 二网格 3栋2单元301 · /register name [grid] address. */
export const register: Command<RegisterArgs> = {
  name: "register",
  words: ["登记"],
  slash: ["register"],
  usage: { zh: "登记 姓名 3栋2单元301", en: "/register name 3栋2单元301" },
  parse: (args) => {
    const words = args.trim().split(/\s+/);
    if (words.length < 2 || words.length > 3) return null;
    const address = parseAddress(words[words.length - 1] as string);
    const name = (words[0] as string).replace(/^[@＠]/, "");
    return address && name ? { name, grid: words.length === 3 ? (words[1] as string) : null, address } : null;
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const res = await registerResident(ctx.deps, {
      communityId: community.id, actor: ctx.actor, grid: ctx.place.grid, gridName: args.grid, name: args.name, address: args.address,
    });
    if (!res.ok) return [renderFailure(ctx, res)];
    const { grid } = res;
    const key = res.created ? "registerCmd.done" : "registerCmd.exists";
    return [ctx.reply(ctx.t(key, { name: args.name, id: res.id, grid: grid.name, address: renderAddress(ctx.t, args.address) }))];
  },
};
