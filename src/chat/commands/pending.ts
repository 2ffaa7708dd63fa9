import { listPending } from "../../app/list-pending.ts";
import type { ChatContext, Command } from "../context.ts";
import { renderDeeds } from "../render/deeds.ts";
import { renderFailure } from "../render/failure.ts";
import { possibleSection } from "../render/possible-section.ts";

type Listed = Awaited<ReturnType<typeof listPending>>;

/** The 待审核 list as the bot shows it to this actor now (null: not theirs to see). */
export async function pendingListText(ctx: ChatContext, listed?: Listed): Promise<string | null> {
  if (!ctx.place) return null;
  const res = listed ?? (await listPending(ctx.deps, ctx.place.community.id, ctx.actor));
  if (!res.ok) return null;
  const catalog = await ctx.catalog();
  const possible = await possibleSection(ctx, catalog);
  if (res.reports.length === 0) return [ctx.t("pending.empty"), ...possible].join("\n");
  const rows = res.reports.map((r) =>
    ctx.t("pending.row", {
      number: r.number,
      // A report of several doers shows them all, as its card does (null: the sender).
      sender: r.doers.length > 1 ? r.doers.map((d) => d.name ?? r.senderName).join(ctx.t("card.namesJoin")) : (r.doerName ?? r.senderName),
      deeds: renderDeeds(r.deeds, catalog, ctx.locale, ctx.t) || "?",
      points: r.suggestedPoints,
    }),
  );
  return [ctx.t("pending.title", { count: res.reports.length }), ...rows, ...possible].join("\n");
}

const squeeze = (s: string) => s.replace(/(…|\.\.\.)\s*$/, "").replace(/\s+/g, "");

/**
 * A reply to a list of one item acts on it only if the quoted text is the 待审核 list the bot
 * would show now (a quote may be cut short): anyone can post a look-alike, but a look-alike of
 * the true list names the true report, doer, deed and points.
 */
export async function quotesCurrentList(ctx: ChatContext): Promise<boolean> {
  const quoted = squeeze(ctx.msg.replyTo?.text ?? "");
  const now = await pendingListText(ctx);
  return quoted.length >= 4 && now !== null && squeeze(now).startsWith(quoted);
}

export const pending: Command<true> = {
  name: "pending",
  words: ["待审核", "待审"],
  slash: ["pending"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await listPending(ctx.deps, ctx.place.community.id, ctx.actor);
    if (!res.ok) return [renderFailure(ctx, res)];
    const text = await pendingListText(ctx, res);
    return text === null ? [] : [ctx.reply(text)];
  },
};
