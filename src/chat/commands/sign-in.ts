// `签到` in reply to an event card, or `签到 E3` / `/signin E3`: the resident signs in.
import { signInEvent } from "../../app/sign-in-event.ts";
import type { Command } from "../context.ts";
import { eventNumberOf, repliedEventNumber } from "../event-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const signIn: Command<{ number: number }> = {
  name: "sign-in",
  words: ["签到", "sign in", "Sign in", "check in", "Check in"],
  slash: ["signin", "checkin"],
  usage: { zh: "签到 E3", en: "/signin E3" },
  parse: (args, ctx) => {
    const number = args.trim() === "" ? repliedEventNumber(ctx.msg) : eventNumberOf(args);
    return number === null ? null : { number };
  },
  run: async (ctx, { number }) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await signInEvent(ctx.deps, {
      communityId: ctx.place.community.id, number, actor: ctx.actor,
      receipt: (s) => ctx.reply(ctx.t(s.already ? "event.alreadySignedIn" : "event.signedIn", { name: s.name, number: s.event.number, title: s.event.title })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
