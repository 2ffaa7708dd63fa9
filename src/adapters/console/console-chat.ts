// The terminal group-chat simulator: lines "名字: 消息" become messages from that person in
// their grid's group; the bot's answers print below, numbered so a line can reply to one.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { IncomingMessage, OutgoingMessage } from "../../chat/message.ts";
import type { Translate } from "../../i18n/index.ts";
import { parseLine, type SimLine } from "./parse-line.ts";

export const CONSOLE_PLATFORM = "console";

export interface Directory {
  community: string;
  groups: { chatId: string; title: string }[];
  members: { userId: string; name: string; locale: string | null; homeChatId: string | null }[];
}

export interface ConsoleChatOptions {
  handle(msg: IncomingMessage): Promise<OutgoingMessage[]>;
  directory: Directory;
  input: Readable;
  output: Writable;
  t: Translate;
  /** Echo each input line (for transcripts from a file or pipe). */
  echo: boolean;
  prompt?: boolean;
  /** Sends what the outbox holds for this chat (through `deliver`); run after each line. */
  drain?: () => Promise<void>;
  /** A reply was sent directly (a receipt's outbox row is then marked sent). */
  onDelivered: (out: OutgoingMessage, messageId: string | null) => Promise<void>;
  /** The number of the last bot message of earlier runs: numbering continues after it. */
  lastNumber?: number;
  /** Bot messages of earlier runs, found again by number, and report cards by report number. */
  lookup?: {
    message(messageId: string): Promise<{ chatId: string; text: string } | null>;
    card(reportNumber: number): Promise<{ chatId: string; text: string; externalMessageId: string | null } | null>;
  };
  /** `:时间 …`: sets or moves the simulated clock (and runs the jobs that fall due). */
  time?: (arg: string | null) => Promise<void>;
}

interface Shown { chatId: string; text: string; messageId: string }

/** At most this many names per group in the welcome text (a real roster can be long). */
const WELCOME_NAMES = 12;

export class ConsoleChat {
  #seq = 0;
  #botSeq: number;
  /** Who said each user message, so a bot answer can show whom it replies to. */
  #speakers = new Map<string, string>();
  #shown = new Map<number, Shown>();
  #forcedChat: string | null = null;
  /** Message ids must stay unique across runs on one database (the bot de-duplicates by id). */
  readonly #run = `${Date.now().toString(36)}${process.pid.toString(36)}`;

  constructor(private readonly o: ConsoleChatOptions) {
    this.#botSeq = o.lastNumber ?? 0;
  }

  welcome(): void {
    const people = this.o.directory.groups.map((g) => {
      const all = this.o.directory.members.filter((m) => m.homeChatId === g.chatId).map((m) => m.name);
      const names = all.slice(0, WELCOME_NAMES).join("、") + (all.length > WELCOME_NAMES ? this.o.t("sim.andMore", { count: all.length - WELCOME_NAMES }) : "");
      return `\n  ${this.o.t("sim.people", { group: g.title, names })}`;
    });
    const floating = this.o.directory.members.filter((m) => !m.homeChatId).map((m) => m.name);
    if (floating.length) people.push(`\n  *:${floating.join("、")}`);
    this.print(this.o.t("sim.welcome", { community: this.o.directory.community, people: people.join("") }));
  }

  async run(): Promise<void> {
    const rl = createInterface({ input: this.o.input, crlfDelay: Infinity, terminal: false });
    const ask = () => this.o.prompt && this.o.output.write("> ");
    ask();
    for await (const raw of rl) {
      if ((await this.processLine(raw)) === "quit") break;
      ask();
    }
    rl.close();
    await this.o.drain?.();
  }

  /** Handles one line of input; "quit" when the user asked to leave. */
  async processLine(raw: string): Promise<"quit" | void> {
    const line = parseLine(raw);
    if (line.kind === "empty") return;
    if (this.o.echo) this.print(raw.trim());
    return this.#dispatch(line);
  }

  async #dispatch(line: SimLine): Promise<"quit" | void> {
    const { t } = this.o;
    switch (line.kind) {
      case "quit":
        return "quit";
      case "help":
        return this.welcome();
      case "who":
        return this.welcome();
      case "group": {
        if (line.group === null) {
          this.#forcedChat = null;
          return this.print(`${t("sim.auto")}\n${t("sim.groups", { groups: this.#groupNames() })}`);
        }
        const g = this.o.directory.groups.find((x) => x.title.includes(line.group as string) || x.chatId.includes(line.group as string));
        if (!g) return this.print(t("sim.unknownGroup", { group: line.group, groups: this.#groupNames() }));
        this.#forcedChat = g.chatId;
        return this.print(t("sim.switched", { group: g.title }));
      }
      case "time":
        if (!this.o.time) return this.print(t("sim.noClock"));
        await this.o.time(line.arg);
        return this.o.drain?.();
      case "bad":
        return this.print(t("sim.badLine"));
      case "say":
        return this.#say(line.name, line.text, line.replyTo, line.report ?? null);
    }
  }

  /** The bot message a line replies to: shown in this run, or sent by an earlier one. */
  async #quoted(replyTo: number | null, report: number | null): Promise<(Omit<Shown, "messageId"> & { messageId: string | null }) | null | "missing"> {
    if (report !== null) {
      // "名字 > #12:": the card of report 12; its number alone when the card is not found.
      const card = await this.o.lookup?.card(report);
      const chatId = card?.chatId ?? this.#forcedChat ?? null;
      return { chatId: chatId ?? "", text: card?.text ?? `#${report}`, messageId: card?.externalMessageId ?? null };
    }
    if (replyTo === null) return null;
    const here = this.#shown.get(replyTo);
    if (here) return { ...here, messageId: `b${replyTo}` };
    const before = await this.o.lookup?.message(`b${replyTo}`);
    return before ? { ...before, messageId: `b${replyTo}` } : "missing";
  }

  /** "@王桂兰" in a line: a mention of that member (their account), as a chat platform gives it. */
  #mentions(text: string): { id: string; name: string }[] {
    const out: { id: string; name: string }[] = [];
    for (const m of text.matchAll(/[@＠]([^\s@＠,，、:：]+)/g)) {
      const said = m[1] ?? "";
      // The longest member name the word starts with ("@王桂兰网格员" still names 王桂兰).
      const member = this.o.directory.members.filter((x) => said.startsWith(x.name)).sort((a, b) => b.name.length - a.name.length)[0];
      if (member) out.push({ id: member.userId, name: member.name });
    }
    return out;
  }

  async #say(name: string, text: string, replyTo: number | null, report: number | null): Promise<void> {
    const member = this.o.directory.members.find((m) => m.name === name);
    const quoted = await this.#quoted(replyTo, report);
    if (quoted === "missing") return this.print(this.o.t("sim.noMessage", { n: replyTo ?? 0 }));
    const chatId = (quoted?.chatId || null) ?? this.#forcedChat ?? member?.homeChatId ?? this.o.directory.groups[0]?.chatId ?? "group";
    const mentions = this.#mentions(text);
    const msg: IncomingMessage = {
      platform: CONSOLE_PLATFORM,
      chatId,
      messageId: `${this.#run}-${++this.#seq}`,
      sender: { id: member?.userId ?? name, name, locale: member?.locale ?? null },
      text,
      replyTo: quoted ? { messageId: quoted.messageId, text: quoted.text, fromBot: true } : null,
      ...(mentions.length ? { mentions } : {}),
    };
    this.#speakers.set(msg.messageId as string, name);
    const replies = await this.o.handle(msg);
    // Queued notices (decisions) come first: they were caused before the direct replies.
    await this.o.drain?.();
    for (const out of replies) await this.o.onDelivered(out, this.deliver(out).messageId);
  }

  /** Prints one bot message; its number ([3]) lets a later line reply to it. */
  deliver(out: OutgoingMessage): { messageId: string } {
    const n = ++this.#botSeq;
    // Unique across runs on one database (numbering goes on from the database's last bot
    // message): the outbox keeps it, and a card is found by it.
    const messageId = `b${n}`;
    this.#shown.set(n, { chatId: out.chatId, text: out.text, messageId });
    const group = this.o.directory.groups.find((g) => g.chatId === out.chatId)?.title ?? out.chatId;
    const to = out.replyToMessageId ? this.#speakers.get(out.replyToMessageId) : undefined;
    const body = out.text.split("\n").join("\n     ");
    this.print(`  [${n}] 🤖 ${this.o.t("sim.bot")} · ${group}${to ? ` ↩ ${to}` : ""}\n     ${body}`);
    // A terminal shows no pictures: the poster is a file, and its path is printed.
    if (out.photoPath) this.print(`     ${this.o.t("honour.sim.poster", { path: out.photoPath })}`);
    return { messageId };
  }

  #groupNames(): string {
    return this.o.directory.groups.map((g) => g.title).join("、");
  }

  print(text: string): void {
    this.o.output.write(`${text}\n`);
  }
}
