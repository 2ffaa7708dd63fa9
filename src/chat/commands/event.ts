// `活动 中秋晚会 集体活动` / `/event 中秋晚会 collective_activity` opens an event (optional hours
// for per-hour categories: `活动 大扫除 志愿 2小时`); `活动 E3 加 张秀英 刘建国` adds attendees;
// `/event close E3` closes it (as `结束活动 E3` does, end-event.ts).
import { addToEvent } from "../../app/add-to-event.ts";
import { openEvent } from "../../app/open-event.ts";
import type { ChatContext, Command } from "../context.ts";
import { eventNumberOf } from "../event-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";
import { closeEventReply } from "./end-event.ts";

export type EventArgs =
  | { kind: "open"; title: string; category: string; hours?: number }
  | { kind: "add"; number: number; names: string[] }
  | { kind: "close"; number: number };

const HOURS = /^(\d{1,2})\s*(?:个?小时|h|hours?|hrs?)$/i;
const ADD = /^(?:加|添加|add|\+)$/i;
const CLOSE = /^(?:close|end|结束)$/i;

export function parseEventArgs(rest: string): EventArgs | null {
  const tokens = rest.replace(/(\d)\s+(个?小时|h\b|hours?\b)/gi, "$1$2").split(/[\s,,、]+/).filter(Boolean);
  const [first, second, ...others] = tokens;
  if (first === undefined) return null;
  if (CLOSE.test(first) && second !== undefined && others.length === 0) {
    const number = eventNumberOf(second);
    return number === null ? null : { kind: "close", number };
  }
  const number = eventNumberOf(first);
  if (number !== null) {
    const names = second !== undefined && ADD.test(second) ? others.map((n) => n.replace(/^[@＠]/, "")).filter(Boolean) : [];
    return names.length > 0 ? { kind: "add", number, names } : null;
  }
  const hoursAt = tokens.findIndex((t) => HOURS.test(t));
  const hours = hoursAt >= 0 ? Number(HOURS.exec(tokens[hoursAt] as string)?.[1]) : undefined;
  const words = tokens.filter((_, i) => i !== hoursAt);
  if (words.length < 2 || words.length > 6) return null;
  return { kind: "open", title: words.slice(0, -1).join(" "), category: words.at(-1) as string, ...(hours ? { hours } : {}) };
}

const isStaff = (ctx: ChatContext) => ctx.actor.roles.length > 0;
/** "活动 …" with a space (or a slash command): "活动很成功 大家辛苦了" is chatter, not an event. */
const spaced = (ctx: ChatContext) => /^(?:[/／]|活动[\s::,,])/.test(ctx.msg.text.trim());

export const event: Command<EventArgs> = {
  name: "event",
  words: ["活动"],
  slash: ["event"],
  usage: { zh: "活动 名称 类别 [2小时] · 活动 E3 加 名字 · 结束活动 E3", en: "/event name category [2h] · /event E3 add name · /event close E3" },
  // From a resident, "活动 …" is chatter (or a report), not a command.
  parse: (args, ctx) => (spaced(ctx) && (isStaff(ctx) || /^[/／]/.test(ctx.msg.text.trim())) ? parseEventArgs(args) : null),
  run: async (ctx, args) => {
    const place = ctx.place;
    if (!place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    if (args.kind === "close") return closeEventReply(ctx, args.number);
    if (args.kind === "add") {
      const res = await addToEvent(ctx.deps, { communityId: place.community.id, number: args.number, actor: ctx.actor, names: args.names });
      if (!res.ok) return [renderFailure(ctx, res)];
      const n = res.event.number;
      const lines = [
        res.added.length ? ctx.t("event.added", { number: n, names: res.added.join("、") }) : "",
        res.already.length ? ctx.t("event.addedAlready", { names: res.already.join("、") }) : "",
        res.unknown.length ? ctx.t("event.addedUnknown", { names: res.unknown.join("、") }) : "",
        res.ambiguous.length ? ctx.t("event.addedAmbiguous", { names: res.ambiguous.join("、") }) : "",
      ].filter(Boolean);
      return [ctx.reply(lines.join("\n"))];
    }
    const res = await openEvent(ctx.deps, {
      communityId: place.community.id, gridId: place.grid.id, platform: ctx.msg.platform, chatId: ctx.msg.chatId, actor: ctx.actor,
      title: args.title, category: args.category, ...(args.hours ? { hours: args.hours } : {}),
      receipt: (o) => ctx.reply(ctx.t("event.card", {
        number: o.event.number, title: o.event.title, category: ctx.locale === "en" ? o.categoryName.en : o.categoryName.zh,
        hours: o.event.quantity > 1 ? o.event.quantity : "none", points: o.event.points,
      })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
