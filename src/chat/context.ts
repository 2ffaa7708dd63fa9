// Everything a command needs to answer one message.
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../app/actor.ts";
import type { ChatPlace } from "../app/resolve-chat.ts";
import type { Catalog } from "../app/ports.ts";
import type { Reading } from "../app/submit-report.ts";
import type { Locale, Translate } from "../i18n/index.ts";
import type { IncomingMessage, OutgoingMessage } from "./message.ts";

export interface ChatContext {
  deps: AppDeps;
  msg: IncomingMessage;
  place: ChatPlace | null;
  /** The sender, resolved once by the router: resident, roles, verified flag, locale. Pass it
   * to use cases as it is; never look the sender up again. */
  actor: Actor;
  /** The report number of the bot's card this message quotes, checked against what the bot
   * actually sent (never a name); null when it quotes no card of the bot's. */
  repliedCard: number | null;
  /** The router's reading of a free-text message with the community's catalog (it parsed it to
   * tell a report from chatter): the report command submits it without parsing it again. */
  reading?: Reading;
  locale: Locale;
  t: Translate;
  /** The community's catalog (loaded on demand). */
  catalog(): Promise<Catalog>;
  /** A reply in this chat, to the message being handled. */
  reply(text: string, extra?: Partial<OutgoingMessage>): OutgoingMessage;
}

export interface Command<A = unknown> {
  name: string;
  /** Chinese command words (first word of the message), e.g. 通过. */
  words: readonly string[];
  /** Slash commands without the slash, e.g. approve. */
  slash: readonly string[];
  /**
   * Reads the arguments; null declines, and the message is then treated as free text
   * (so "通过社区活动认识了邻居" is not taken as an approval).
   */
  parse(args: string, ctx: ChatContext): A | null;
  /** Text shown when a slash command's arguments cannot be read. */
  usage?: { zh: string; en: string };
  run(ctx: ChatContext, args: A): Promise<OutgoingMessage[]>;
}
