// `结束活动 E3` closes an event: every attendee is credited once (close-event.ts).
import { closeEvent } from "../../app/close-event.ts";
import type { ChatContext, Command } from "../context.ts";
import { eventNumberOf, repliedEventNumber } from "../event-args.ts";
import type { OutgoingMessage } from "../message.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export async function closeEventReply(ctx: ChatContext, number: number): Promise<OutgoingMessage[]> {
  if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
  const res = await closeEvent(ctx.deps, {
    communityId: ctx.place.community.id, number, actor: ctx.actor,
    receipt: (c) => {
      const head = c.credited.length === 0
        ? ctx.t("event.closedNone", { number: c.event.number, title: c.event.title })
        : ctx.t("event.closed", { number: c.event.number, title: c.event.title, count: c.credited.length, points: c.event.points, names: c.credited.map((a) => a.name).join("、") });
      return ctx.reply(c.skipped.length ? `${head}\n${ctx.t("event.skipped", { names: c.skipped.join("、") })}` : head);
    },
  });
  return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
}

export const endEvent: Command<{ number: number }> = {
  name: "end-event",
  words: ["结束活动"],
  slash: ["endevent"],
  usage: { zh: "结束活动 E3", en: "/event close E3" },
  parse: (args, ctx) => {
    const number = args.trim() === "" ? repliedEventNumber(ctx.msg) : eventNumberOf(args);
    return number === null ? null : { number };
  },
  run: (ctx, { number }) => closeEventReply(ctx, number),
};
