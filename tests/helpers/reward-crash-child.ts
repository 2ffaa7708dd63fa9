// Run as a separate process by the rewards crash test: spends one thing at a time until
// nothing is left, printing each spend once it is committed.
//   exchange: 王敏 records 兑换 @张秀英 <item> until the stock (or the balance) runs out;
//   pledge:   张秀英 puts 1 ticket at a time into draw #1 (投奖票 1 1) until she has none.
// Each line "spent N" names the exchange's id, or the tickets she has in the draw so far.
// After `readyAfter` spends it prints "ready" (the test kills it then, with most of the work
// still ahead); "finished" when it ran out.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { exchangePoints } from "../../src/app/exchange-points.ts";
import { pledgeTickets } from "../../src/app/pledge-tickets.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [url, mode, readyAfter, item] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: url }), { log: pino({ level: "silent" }) });
const staff = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
const resident = await resolveActor(app.deps, { platform: "console", userId: "张秀英", displayName: "张秀英" });
const END = new Set(["SHOP.OUT_OF_STOCK", "POINTS.INSUFFICIENT", "TICKETS.INSUFFICIENT"]);
let done = 0;
for (;;) {
  const res = mode === "exchange"
    ? await exchangePoints(app.deps, { communityId: 1, actor: staff, name: "张秀英", item: item ?? "" })
    : await pledgeTickets(app.deps, { communityId: 1, drawId: 1, actor: resident, tickets: 1 });
  if (!res.ok) {
    if (END.has(res.code)) break;
    throw new Error(`unexpected ${res.code}`);
  }
  // exchange: the new exchange's id; pledge: her tickets in the draw so far.
  process.stdout.write(`spent ${"exchangeId" in res ? res.exchangeId : res.pledged}\n`);
  if (++done === Number(readyAfter)) process.stdout.write("ready\n");
}
await app.close();
process.stdout.write("finished\n");
