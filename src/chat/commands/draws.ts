import { listDraws } from "../../app/list-draws.ts";
import { leadingNumber } from "../args.ts";
import type { Command } from "../context.ts";
import { formatTime, renderWinners } from "../render/draw.ts";

/** 抽奖 [编号] · /draws [N]: open draws with their commitment, drawn ones with seed and winners. */
export const draws: Command<number | "all"> = {
  name: "draws",
  words: ["抽奖", "抽奖活动列表"],
  slash: ["draws", "draw"],
  parse: (args) => {
    if (args.trim() === "") return "all";
    const lead = leadingNumber(args);
    return lead && lead[1] === "" ? lead[0] : null;
  },
  run: async (ctx, which) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const views = (await listDraws(ctx.deps, community.id, which === "all" ? undefined : which)).slice(0, 5);
    if (views.length === 0) return [ctx.reply(ctx.t("draw.none"))];
    const blocks = views.map(({ draw, winners }) => {
      const prizes = draw.prizes.map((p) => `${p.name}×${p.quantity}`).join("、");
      return draw.status === "open"
        ? ctx.t("draw.open", { id: draw.id, title: draw.title, closes: formatTime(draw.closesAt, community.timezone), prizes, commitment: draw.commitment })
        : ctx.t("draw.drawn", { id: draw.id, title: draw.title, seed: draw.seed ?? "", winners: renderWinners(ctx.t, draw, winners) });
    });
    return [ctx.reply(blocks.join("\n\n"))];
  },
};
