import { createDraw } from "../../app/create-draw.ts";
import type { DrawSpec } from "../../app/create-draw.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { readDrawSpec } from "../read-draw-spec.ts";
import { renderDrawCreated } from "../render/draw.ts";
import { renderFailure } from "../render/failure.ts";

/** 开奖活动 元旦抽奖 截止 2026-12-31 20:00 奖品 大米5kg×3 旅游×1 [自选] [可重复] (admins). */
export const newDraw: Command<string> = {
  name: "newDraw",
  words: ["开奖活动", "新抽奖", "抽奖活动"],
  slash: ["newdraw"],
  usage: { zh: "开奖活动 标题 截止 2026-12-31 20:00 奖品 大米×3 旅游×1", en: "/newdraw title closes 2026-12-31 20:00 prizes rice×3 trip×1" },
  parse: (args) => (args.trim() ? args : null),
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const spec: DrawSpec | null = readDrawSpec(args, community.timezone, ctx.deps.clock());
    if (!spec) return [ctx.reply(ctx.t("error.DRAW.BAD_SPEC"))];
    const t = translator(normalizeLocale(community.locale));
    const res = await createDraw(ctx.deps, {
      communityId: community.id, by: ctx.actor, spec,
      // The other groups hear of it through the outbox; this one gets the receipt.
      announce: (draw, g) => (g.platform === ctx.msg.platform && g.chatId === ctx.msg.chatId
        ? null : { ...g, text: renderDrawCreated(t, draw, community.timezone) }),
      receipt: ({ draw }) => ctx.reply(renderDrawCreated(ctx.t, draw, community.timezone)),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
