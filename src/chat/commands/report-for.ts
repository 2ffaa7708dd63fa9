import { enterProxyReport } from "../../app/enter-proxy-report.ts";
import type { Command } from "../context.ts";
import { readMention } from "../mention-args.ts";
import { cardWith } from "../render/card.ts";
import { renderFailure } from "../render/failure.ts";

/** 代报 @王桂兰 帮独居的刘奶奶买菜 · /reportfor @name what they did: a grid worker enters a resident's deed. */
export const reportFor: Command<{ name: string; pick?: number; text: string }> = {
  name: "reportfor",
  words: ["代报"],
  slash: ["reportfor"],
  usage: { zh: "代报 @名字 做了什么", en: "/reportfor @name what they did" },
  parse: (args) => {
    const m = readMention(args);
    if (!m || m.words.length === 0) return null;
    return { name: m.name, text: m.words.join(" "), ...(m.pick !== undefined ? { pick: m.pick } : {}) };
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const catalog = await ctx.catalog();
    const res = await enterProxyReport(ctx.deps, {
      group: ctx.place.group, timezone: ctx.place.community.timezone, messageId: ctx.msg.messageId, actor: ctx.actor, ...args,
      receipt: ({ report, detail }) => cardWith(ctx, catalog, report, detail),
    });
    if (!res.ok) return [renderFailure(ctx, res)];
    if (!res.report) return [];
    return [res.receipt ?? cardWith(ctx, catalog, res.report)];
  },
};
