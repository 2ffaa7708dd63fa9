// `deedbank start` (no platform configured) and `deedbank simulate`: the group chat in a terminal.
import type { Readable, Writable } from "node:stream";
import { CONSOLE_PLATFORM, ConsoleChat } from "../../adapters/console/console-chat.ts";
import { drainOutbox } from "../../app/dispatch-outbox.ts";
import { listMembers } from "../../app/list-members.ts";
import { markReceiptSent } from "../../app/receipt.ts";
import { seedDemo } from "../../app/seed-demo.ts";
import type { App } from "../../create-app.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";

export interface SimulateOptions { demo: boolean; input: Readable; output: Writable; interactive: boolean }

export async function simulate(app: App, opts: SimulateOptions): Promise<void> {
  if (opts.demo) await seedDemo(app.deps);
  const { groups, members } = await listMembers(app.deps, CONSOLE_PLATFORM);
  const community = await app.deps.store.read(async (r) => (await r.communities.byId(1))?.name ?? "");
  const chat = new ConsoleChat({
    handle: app.handle,
    directory: { community, groups, members },
    input: opts.input,
    output: opts.output,
    t: translator(normalizeLocale(app.config.locale)),
    echo: !opts.interactive,
    prompt: opts.interactive,
    onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
    drain: async () => {
      await drainOutbox(app.deps, { platform: CONSOLE_PLATFORM, send: async (item) => chat.deliver(item) });
    },
  });
  if (opts.interactive) chat.welcome();
  await chat.run();
}
