// Reads `开奖活动 元旦抽奖 截止 2026-12-31 20:00 奖品 大米5kg×3 旅游×1 [自选] [可重复]`
// (or `/newdraw title closes 2026-12-31 20:00 prizes rice×3 trip [choose] [repeat]`).
import { DateTime } from "luxon";
import type { DrawSpec } from "../app/create-draw.ts";
import { readPrize } from "./mention-args.ts";

const CLOSES = new Set(["截止", "截止时间", "closes", "until"]);
const PRIZES = new Set(["奖品", "prizes", "prize"]);
const CHOOSE = new Set(["自选", "自选投票", "投票", "choose"]);
const REPEAT = new Set(["可重复", "可重复中奖", "repeat"]);

/** "2026-12-31 20:00", "12-31 20:00", "2026-12-31" (end of that day), in the community's zone. */
export function readCloseTime(tokens: readonly string[], zone: string, now: Date): Date | null {
  const text = tokens.join(" ").replace(/[/.]/g, "-").replace(/[:：]/g, ":");
  const m = /^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const today = DateTime.fromJSDate(now).setZone(zone);
  const hasTime = m[4] !== undefined;
  const at = DateTime.fromObject(
    {
      year: m[1] ? Number(m[1]) : today.year, month: Number(m[2]), day: Number(m[3]),
      hour: hasTime ? Number(m[4]) : 23, minute: hasTime ? Number(m[5]) : 59,
    },
    { zone },
  );
  return at.isValid ? at.toJSDate() : null;
}

export function readDrawSpec(args: string, zone: string, now: Date): DrawSpec | null {
  const tokens = args.trim().split(/\s+/).filter(Boolean);
  const title: string[] = [];
  const close: string[] = [];
  const prizes: string[] = [];
  let part: "title" | "close" | "prizes" = "title";
  let mode: DrawSpec["mode"] = "all";
  let allowRepeatWinners = false;
  for (const tok of tokens) {
    const word = tok.toLowerCase();
    if (CLOSES.has(word)) part = "close";
    else if (PRIZES.has(word)) part = "prizes";
    else if (CHOOSE.has(word)) mode = "choose";
    else if (REPEAT.has(word)) allowRepeatWinners = true;
    else ({ title, close, prizes })[part].push(tok);
  }
  const closesAt = readCloseTime(close, zone, now);
  const specs = prizes.map(readPrize);
  if (title.length === 0 || !closesAt || specs.length === 0 || specs.some((p) => p === null)) return null;
  return { title: title.join(" "), closesAt, prizes: specs as DrawSpec["prizes"], mode, allowRepeatWinners };
}
