// The one list of commands, and the dispatch of a message to one of them. Each message is
// handled inside an error boundary: a failing command logs ids and answers politely; it
// never stops the bot.
import type { AppDeps } from "../app/deps.ts";
import { resolveActor } from "../app/actor.ts";
import { readReport, type Reading } from "../app/submit-report.ts";
import { resolveChat, type ChatPlace } from "../app/resolve-chat.ts";
import { quotedCard } from "../app/sent-card.ts";
import { normalizeLocale, translator } from "../i18n/index.ts";
import type { ChatContext, Command } from "./context.ts";
import { isStaffHere } from "./decision-target.ts";
import { logError } from "./log-error.ts";
import { wellFormedMessage } from "./well-formed.ts";
import type { IncomingMessage, OutgoingMessage } from "./message.ts";
import { approve } from "./commands/approve.ts";
import { help } from "./commands/help.ts";
import { mask } from "./commands/mask.ts";
import { me } from "./commands/me.ts";
import { pending } from "./commands/pending.ts";
import { reject } from "./commands/reject.ts";
import { report } from "./commands/report.ts";
import { revoke } from "./commands/revoke.ts";
import { rules } from "./commands/rules.ts";
import { top } from "./commands/top.ts";
import { withdraw } from "./commands/withdraw.ts";
// chat platforms: binding accounts and groups, grids, appointments (issue 4)
import { appoint } from "./commands/appoint.ts";
import { bind } from "./commands/bind.ts";
import { bindgroup } from "./commands/bindgroup.ts";
import { newGrid } from "./commands/new-grid.ts";
// fixed points, tickets, draws and the shop (issue 6)
import { collectPrize } from "./commands/collect-prize.ts";
import { draws } from "./commands/draws.ts";
import { enterDraw } from "./commands/enter-draw.ts";
import { exchange } from "./commands/exchange.ts";
import { fixed } from "./commands/fixed.ts";
import { newDraw } from "./commands/new-draw.ts";
import { pointsReport } from "./commands/points-report.ts";
import { runDraw } from "./commands/run-draw.ts";
import { shop } from "./commands/shop.ts";
import { shopAdd } from "./commands/shop-add.ts";
import { unfixed } from "./commands/unfixed.ts";
// the community register (issue 12)
import { merge } from "./commands/merge.ts";
import { register } from "./commands/register.ts";
import { topHouseholds } from "./commands/top-households.ts";
import { who } from "./commands/who.ts";
// several doers, duplicates, proxy entries (issue 11)
import { mergeReport } from "./commands/merge-report.ts";
import { reportFor } from "./commands/report-for.ts";
// the parser's doubtful lane (issue 13)
import { promote } from "./commands/promote.ts";
// a grid worker's day (issue 11)
import { inactive } from "./commands/inactive.ts";
// events and 公示 (issue 11)
import { confirm } from "./commands/confirm.ts";
import { endEvent } from "./commands/end-event.ts";
import { event } from "./commands/event.ts";
import { object } from "./commands/object.ts";
import { signIn } from "./commands/sign-in.ts";

export const COMMANDS: readonly Command<any>[] = [help, rules, me, top, mask, pending, approve, reject, revoke, withdraw,
  fixed, unfixed, pointsReport, newDraw, runDraw, draws, enterDraw, collectPrize, shop, shopAdd, exchange,
  bind, bindgroup, newGrid, appoint, who, register, merge, topHouseholds, promote, inactive, mergeReport, reportFor,
  event, endEvent, signIn, confirm, object, report];

export interface Logger {
  error(obj: Record<string, unknown>, msg: string): void;
}

/** Longest command words first, so 不通过 is not read as 通过. */
const WORDS = COMMANDS.flatMap((c) => c.words.map((w) => [w, c] as const)).sort((a, b) => b[0].length - a[0].length);
const SLASH = /^[/／]([A-Za-z_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/;
/** Control characters and bidi marks carry no meaning in a command and break matching. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Words that also mean plain agreement: never answered with a usage hint. */
const SOFT_WORDS = new Set(["同意", "好的", "可以", "ok", "👍"]);

interface Match { command: Command<any>; args: string; explicit: boolean; word?: string }

/** A command word starts the text: English words in any case and as a whole word ("okay" is not "ok"). */
function startsWithWord(text: string, word: string): boolean {
  if (!/^[a-z]/i.test(word)) return text.startsWith(word);
  return text.slice(0, word.length).toLowerCase() === word.toLowerCase() && !/^[a-z0-9_]/i.test(text.slice(word.length));
}

function match(text: string): Match[] {
  const slash = SLASH.exec(text);
  if (slash) {
    const name = (slash[1] ?? "").toLowerCase();
    const command = COMMANDS.find((c) => c.slash.includes(name));
    return command ? [{ command, args: slash[2] ?? "", explicit: true }] : [];
  }
  // "/通过 12": a Chinese command word written as a slash command.
  const slashed = /^[/／]/.test(text) ? WORDS.find(([w]) => startsWithWord(text.slice(1), w)) : undefined;
  if (slashed) return [{ command: slashed[1], args: text.slice(1 + slashed[0].length).replace(/^[\s,,::]+/, ""), explicit: true }];
  const word = WORDS.find(([w]) => startsWithWord(text, w));
  const found: Match[] = word ? [{ command: word[1], args: text.slice(word[0].length).replace(/^[\s,,::]+/, ""), explicit: false, word: word[0] }] : [];
  return [...found, { command: report, args: text, explicit: false }];
}

/**
 * A command word that reads as a mistyped command, not as a sentence: the word alone, or
 * followed by a space (`通过 abc`, `排行榜 昨天`; not `通过社区活动认识了邻居`), and not a word of
 * plain agreement (好的, ok).
 */
function mistyped(text: string, m: Match | undefined): m is Match & { word: string } {
  if (!m || m.explicit || m.command === report || !m.word || !m.command.usage) return false;
  if (SOFT_WORDS.has(m.word.toLowerCase())) return false;
  const after = text.slice(m.word.length);
  return after === "" || /^\s/.test(after);
}

/** The slash command nearest to a mistyped one (at most two letters off), if any. */
function nearestSlash(name: string): string | null {
  let best: { name: string; d: number } | null = null;
  for (const c of COMMANDS) for (const s of c.slash) {
    const d = editDistance(name, s);
    if (d <= 2 && (!best || d < best.d)) best = { name: s, d };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const usageOf = (ctx: ChatContext, command: Command<any>) => command.usage?.[ctx.locale === "en" ? "en" : "zh"];

export function createRouter(deps: AppDeps, log: Logger) {
  return async function handle(incoming: IncomingMessage): Promise<OutgoingMessage[]> {
    const msg = wellFormedMessage(incoming);
    const text = msg.text.replace(INVISIBLE, "").trim();
    if (!text || text.length > 4000) return [];
    const clean = { ...msg, text };
    let ctx: ChatContext | undefined;
    try {
      const matches = match(text);
      const only = matches.length === 1 ? matches[0] : undefined;
      let place: ChatPlace | null | undefined;
      let reading: Reading | undefined;
      if (matches.length === 0) {
        // An unknown slash command: a hint for staff (a typo such as /aprove), silence for others
        // and for a command addressed to another bot (/weather@OtherBot).
        if (/^[/／][A-Za-z_]+@/.test(text)) return [];
        ctx = await buildContext(deps, clean);
        if (!isStaffHere(ctx)) return [];
        const name = (SLASH.exec(text)?.[1] ?? "").toLowerCase();
        return [ctx.reply(ctx.t("error.unknownCommand", { name, suggest: nearestSlash(name) ?? "none" }))];
      }
      if (only && only.command === report && !only.explicit) {
        // No command word: a report or (mostly) chatter. Chatter is dropped before the sender is
        // looked up, so it costs one statement (the cache check in resolveChat).
        place = await resolveChat(deps, msg.platform, msg.chatId);
        const read = place ? await readReport(deps, place.community.id, text, msg.sender.name) : null;
        if (!read) return [];
        reading = read;
      }
      ctx = await buildContext(deps, clean, place, reading);
      const first = matches[0];
      // Staff who start with a command word and a space mean a command: a usage hint, not a report.
      const hint = mistyped(text, first) && isStaffHere(ctx) ? first : undefined;
      for (const m of matches) {
        if (hint && m.command === report) break;
        const args = m.command.parse(m.args, ctx);
        if (args !== null) return await m.command.run(ctx, args);
        if (m.explicit) {
          const usage = usageOf(ctx, m.command);
          return usage ? [ctx.reply(ctx.t("error.usage", { usage }))] : [];
        }
      }
      const usage = hint && usageOf(ctx, hint.command);
      return usage ? [ctx.reply(ctx.t("error.usage", { usage }))] : [];
    } catch (e) {
      log.error({ err: logError(e), platform: msg.platform, chatId: msg.chatId, messageId: msg.messageId }, "command failed");
      const t = ctx?.t ?? translator("zh-CN");
      return [{ platform: msg.platform, chatId: msg.chatId, text: t("error.internal"), replyToMessageId: msg.messageId }];
    }
  };
}

async function buildContext(deps: AppDeps, msg: IncomingMessage, known?: ChatPlace | null, reading?: Reading): Promise<ChatContext> {
  const place = known === undefined ? await resolveChat(deps, msg.platform, msg.chatId) : known;
  const actor = await resolveActor(deps, { platform: msg.platform, userId: msg.sender.id, displayName: msg.sender.name, locale: msg.sender.locale ?? null });
  const locale = normalizeLocale(actor.locale ?? msg.sender.locale, normalizeLocale(place?.community.locale));
  return {
    deps,
    msg,
    place,
    actor,
    repliedCard: await quotedCard(deps, msg.platform, msg.chatId, msg.replyTo),
    ...(reading ? { reading } : {}),
    locale,
    t: translator(locale),
    catalog: async () => (place ? (await deps.parsers.forCommunity(place.community.id)).catalog : []),
    reply: (text, extra) => ({ platform: msg.platform, chatId: msg.chatId, text, replyToMessageId: msg.messageId, ...extra }),
  };
}
