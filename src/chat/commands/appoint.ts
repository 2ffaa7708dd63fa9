// 任命 @某人 网格员 (or, replying to their message, 任命 网格员): an admin makes a member a
// grid worker of this group's grid. The member is taken from the mention's or the reply's
// platform id, never from a typed name.
import { appointGridWorker } from "../../app/appoint-grid-worker.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const appoint: Command<true> = {
  name: "appoint",
  words: ["任命"],
  slash: ["appoint"],
  usage: { zh: "任命 @某人 网格员", en: "/appoint @someone" },
  parse: (args, ctx) => (ctx.msg.text.trim().startsWith("/") || /网格员/.test(args) ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const mention = ctx.msg.mentions?.find((m) => m.id);
    const replied = ctx.msg.replyTo?.fromBot ? null : ctx.msg.replyTo?.senderId;
    const target = mention?.id ? { userId: mention.id, displayName: mention.name } : replied ? { userId: replied, displayName: replied } : null;
    if (!target) return [ctx.reply(ctx.t("error.APPOINT.NO_TARGET"))];
    const res = await appointGridWorker(ctx.deps, {
      actor: ctx.actor, target, gridId: ctx.place.grid.id,
      receipt: ({ resident, grid }) => ctx.reply(ctx.t("platform.appointed", { name: resident.name, grid: grid.name })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
