// Free text and tagged reports (#好人好事 …, 申报 …, /report …): parse, queue, answer with a card.
// Ordinary chatter gets no answer at all.
import { submitReport } from "../../app/submit-report.ts";
import { holdQuietly } from "./hold-quietly.ts";
import type { Command } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";
import { renderCard } from "../render/card.ts";
import { renderFailure } from "../render/failure.ts";

export const report: Command<{ text: string }> = {
  name: "report",
  words: [],
  slash: ["report"],
  usage: { zh: "申报 做了什么", en: "/report what you did" },
  parse: (args, ctx) => {
    if (ctx.msg.text.trim().startsWith("/")) return args.trim() ? { text: `/report ${args.trim()}` } : null;
    return { text: ctx.msg.text };
  },
  run: async (ctx, { text }): Promise<OutgoingMessage[]> => {
    if (!ctx.place) return [];
    const { parser } = await ctx.deps.parsers.forCommunity(ctx.place.community.id);
    const parse = parser({ text, sender: ctx.user.displayName, now: ctx.deps.clock() });
    const input = {
      group: ctx.place.group, timezone: ctx.place.community.timezone, messageId: ctx.msg.messageId,
      user: ctx.user, text, parse,
    };
    // Not sure: no card; kept quietly for the grid worker (待审核 → 可能的申报), who may promote it.
    if (parse.lane === "doubtful") return holdQuietly(ctx, input);
    if (!parse.isReport) return [];
    const res = await submitReport(ctx.deps, input);
    if (!res.ok) return [renderFailure(ctx, res)];
    return [await renderCard(ctx, res.report, res.created ? parse : undefined)];
  },
};
