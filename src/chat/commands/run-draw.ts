import { runDraw as run } from "../../app/run-draw.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import { leadingNumber } from "../args.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderDrawResult } from "../render/draw.ts";
import { renderFailure } from "../render/failure.ts";

/** 开奖 1 · /rundraw 1 (admins, after the close). */
export const runDraw: Command<number> = {
  name: "runDraw",
  words: ["开奖"],
  slash: ["rundraw"],
  usage: { zh: "开奖 编号", en: "/rundraw N" },
  parse: (args) => {
    const lead = leadingNumber(args);
    return lead && lead[1] === "" ? lead[0] : null;
  },
  run: async (ctx, drawId) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const t = translator(normalizeLocale(community.locale));
    const res = await run(ctx.deps, {
      communityId: community.id, drawId, by: ctx.actor,
      // The other groups hear of it through the outbox; this one gets the receipt.
      announce: (result, g) => (g.platform === ctx.msg.platform && g.chatId === ctx.msg.chatId ? null : { ...g, text: renderDrawResult(t, result) }),
      receipt: (result) => ctx.reply(renderDrawResult(ctx.t, result)),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
