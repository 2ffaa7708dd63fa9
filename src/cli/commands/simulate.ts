// `deedbank start` (no platform configured) and `deedbank simulate`: the group chat in a terminal.
import type { Readable, Writable } from "node:stream";
import { CONSOLE_PLATFORM, ConsoleChat } from "../../adapters/console/console-chat.ts";
import { drainOutbox } from "../../app/dispatch-outbox.ts";
import { markReceiptSent } from "../../app/receipt.ts";
import { seedDemo } from "../../app/seed-demo.ts";
import { findCardMessage, findSentMessage, lastSimNumber, pickSimCommunity, prepareSimulator } from "../../app/simulator-directory.ts";
import type { App } from "../../create-app.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import { CliError } from "../cli-error.ts";
import { dueRuns, readSimTime, showTime, type SimClock } from "../sim-time.ts";

export interface SimulateOptions {
  demo: boolean; input: Readable; output: Writable; interactive: boolean;
  /** The community to rehearse (its slug); the first one when not given. */
  community?: string;
  /** The app's clock, when the simulator may set it (`:时间`); scheduled jobs then run as it moves. */
  clock?: SimClock;
}

/** One `:时间` moves the clock at most this far (a quarter): each day's jobs run on the way. */
const MAX_MOVE_DAYS = 92;

export async function simulate(app: App, opts: SimulateOptions): Promise<void> {
  const locale = normalizeLocale(app.config.locale);
  const t = translator(locale);
  // The simulator's operator is its user: storage faults are told here once, as to the admins.
  // Listening from the start: setting up the simulator writes too.
  const unsubscribe = app.db.faults.subscribe((e) => opts.output.write(`${t(e.state === "failing" ? "storage.failing" : "storage.recovered")}\n`));
  try {
    await run(app, opts, t, locale);
  } finally {
    unsubscribe();
  }
}

async function run(app: App, opts: SimulateOptions, t: ReturnType<typeof translator>, locale: string): Promise<void> {
  if (opts.demo) await seedDemo(app.deps);
  const { community, slugs } = await pickSimCommunity(app.deps, opts.community);
  if (!community) {
    if (opts.community) throw new CliError(`no community "${opts.community}"; communities: ${slugs.join(", ") || "none (run deedbank setup first)"}`);
    throw new CliError("no community in this database: run deedbank setup first, or deedbank simulate --demo");
  }
  const directory = await prepareSimulator(app.deps, CONSOLE_PLATFORM, community);
  const chatIds = directory.groups.map((g) => g.chatId);
  const drain = async () => {
    // A failed drain (the disk is full) leaves the rows queued for the next line.
    await drainOutbox(app.deps, { platform: CONSOLE_PLATFORM, send: async (item) => chat.deliver(item) })
      .catch((err: unknown) => app.log.error({ err }, "outbox dispatch failed"));
  };
  const zone = community.timezone;
  const clock = opts.clock;
  const chat: ConsoleChat = new ConsoleChat({
    handle: app.handle,
    directory: { community: community.name, groups: directory.groups, members: directory.members },
    input: opts.input,
    output: opts.output,
    t,
    echo: !opts.interactive,
    prompt: opts.interactive,
    lastNumber: await lastSimNumber(app.deps, CONSOLE_PLATFORM),
    lookup: {
      message: (id) => findSentMessage(app.deps, CONSOLE_PLATFORM, id),
      card: (n) => findCardMessage(app.deps, CONSOLE_PLATFORM, chatIds, n),
    },
    onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
    drain,
    ...(clock ? { time: (arg: string | null) => moveClock(app, clock, arg, { zone, locale, t, print: (s) => chat.print(s), drain }) } : {}),
  });
  if (opts.interactive) chat.welcome();
  await chat.run();
}

interface MoveIo { zone: string; locale: string; t: ReturnType<typeof translator>; print(s: string): void; drain(): Promise<void> }

/** Sets the clock to what `arg` names, running each scheduled job that falls due on the way. */
async function moveClock(app: App, clock: SimClock, arg: string | null, io: MoveIo): Promise<void> {
  const { t, zone, locale } = io;
  const now = clock.now();
  const show = (at: Date) => showTime(at, zone, locale);
  if (arg === null) return io.print(t("sim.time", { time: show(now), zone }));
  const target = readSimTime(arg, now, zone);
  if (!target) return io.print(t("sim.timeBad"));
  if (target < now) return io.print(t("sim.timeBack", { time: show(now) }));
  if (target.getTime() - now.getTime() > MAX_MOVE_DAYS * 24 * 3600_000) return io.print(t("sim.timeTooFar", { days: MAX_MOVE_DAYS }));
  for (const { job, at } of dueRuns(app.jobs, now, target)) {
    clock.set(at);
    io.print(t("sim.jobRan", { job: job.id, time: show(at) }));
    try {
      await job.run({ scheduledAt: at });
    } catch (err) {
      // A failing job (a disk full) is the operator's to see; the rehearsal goes on.
      app.log.error({ err, job: job.id }, "simulated job failed");
    }
    await io.drain();
  }
  clock.set(target);
  io.print(t("sim.time", { time: show(target), zone }));
}
