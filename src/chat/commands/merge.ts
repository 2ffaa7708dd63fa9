import { mergeResidents } from "../../app/merge-residents.ts";
import type { Command } from "../context.ts";
import { renderFailure } from "../render/failure.ts";

/** 合并 15 16 · /merge 15 16: two records of one person (numbers as 查询 shows them). */
export const merge: Command<[number, number]> = {
  name: "merge",
  words: ["合并"],
  slash: ["merge"],
  usage: { zh: "合并 编号 编号", en: "/merge number number" },
  parse: (args) => {
    const m = /^#?(\d{1,9})\s*(?:和|与|,|,|\s)\s*#?(\d{1,9})$/.exec(args.trim());
    return m ? [Number(m[1]), Number(m[2])] : null;
  },
  run: async (ctx, ids) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await mergeResidents(ctx.deps, { communityId: ctx.place.community.id, actor: ctx.actor, ids });
    if (!res.ok) return [renderFailure(ctx, res)];
    return [ctx.reply(ctx.t("merge.done", { from: res.merged.id, fromName: res.merged.name, into: res.kept.id, intoName: res.kept.name, points: res.points }))];
  },
};
