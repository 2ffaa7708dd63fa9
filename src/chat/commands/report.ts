// Free text and tagged reports (#好人好事 …, 申报 …, /report …): parse, queue, answer with a card.
// Ordinary chatter gets no answer at all.
import { submitReport } from "../../app/submit-report.ts";
import type { Command } from "../context.ts";
import { learnLocale } from "../learn-locale.ts";
import type { OutgoingMessage } from "../message.ts";
import { cardWith } from "../render/card.ts";
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
  run: async (said, { text }): Promise<OutgoingMessage[]> => {
    if (!said.place) return [];
    // A new English speaker gets an English card (issue 11).
    const ctx = learnLocale(said, text);
    const catalog = await ctx.catalog();
    const res = await submitReport(ctx.deps, {
      group: said.place.group, timezone: said.place.community.timezone, messageId: ctx.msg.messageId, actor: ctx.actor, text,
      ...(ctx.reading ? { reading: ctx.reading } : {}),
      receipt: ({ report, detail }) => cardWith(ctx, catalog, report, detail),
    });
    if (!res.ok) return [renderFailure(ctx, res)];
    if (!res.report) return [];
    // A redelivered message is answered again with its card, as it stands now.
    return [res.receipt ?? cardWith(ctx, catalog, res.report)];
  },
};
