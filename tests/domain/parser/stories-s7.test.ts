// Deeds told as stories (tuning batches 68-72): a quarrel settled told by its end, property returned
// told by its end, volunteering told by what was done, events, rescues, traffic waved on, hazards
// told to the office, a second deed beside another. Each row is our own wording of a kind, not a
// corpus line; the chatter rows guard each new word against false reports.
import { describe } from "vitest";
import { chatter, reports } from "./table.ts";

describe("a quarrel between others settled, told by what the teller did and how it ended", () => {
  reports([
    ["菜场两个摊主为了占道吵起来了 我把他们两个扯开 各说了几句 现在和好了", "dispute_mediation:1"],
    ["隔壁两个婆婆为晒被子吵了一早上 我过去港了半天 两个人现在好了", "dispute_mediation:1"],
    ["六栋两家为了停电瓶车打起来了 我下去把他们拉开 讲了半天 总算消停了", "dispute_mediation:1"],
    ["五楼和六楼为漏水吵了一个礼拜 我把两家人叫到屋里喝茶 说开了", "dispute_mediation:1"],
    ["Two families on the fourth floor were shouting at each other over the parking, I stepped in between and talked them round", "dispute_mediation:1"],
  ]);
  chatter([
    "楼下两个人吵了半天 现在两个人好了",
    "卖菜的跟卖肉的吵了一上午 现在和好哒",
    "两个老头子下棋扯开港了半天 各说了几句就回去了",
    "我跟我老公吵了一架 港了半天 现在和好了",
    "我屋里两个伢打起来了 我把他们拉开 港了几句 和好了",
    "我跟对门为了鞋柜吵了几句 后来说开了",
    "I had a row with my neighbour about the bins, we talked it through and made peace",
  ]);
});
