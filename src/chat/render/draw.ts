// Draw notices: opening (with the commitment) and result (with seed, entries and winners).
import { DateTime } from "luxon";
import type { DrawResult } from "../../app/run-draw.ts";
import { publishedDraw } from "../../app/verify-draw.ts";
import type { DrawRec, WinnerRec } from "../../app/reward-ports.ts";
import type { Translate } from "../../i18n/index.ts";

export const formatTime = (d: Date, zone: string): string => DateTime.fromJSDate(d).setZone(zone).toFormat("yyyy-MM-dd HH:mm");

const prizeList = (draw: Pick<DrawRec, "prizes">) => draw.prizes.map((p) => `${p.name}×${p.quantity}`).join("、");

export function renderDrawCreated(t: Translate, draw: DrawRec, zone: string): string {
  return t("draw.created", {
    id: draw.id, title: draw.title, prizes: prizeList(draw), closes: formatTime(draw.closesAt, zone), mode: draw.mode, commitment: draw.commitment,
  });
}

export function renderWinners(t: Translate, draw: Pick<DrawRec, "prizes">, winners: readonly (WinnerRec & { name: string })[]): string {
  if (winners.length === 0) return t("draw.noWinners");
  const lines = winners.map((w) => `${t("draw.winner", { position: w.position, prize: w.prizeName, name: w.name })}(${t(`draw.status.${w.status}`)})`);
  const left = draw.prizes
    .map((p) => ({ name: p.name, n: p.quantity - winners.filter((w) => w.prizeId === p.id).length }))
    .filter((p) => p.n > 0);
  if (left.length > 0) lines.push(t("draw.unawarded", { prizes: left.map((p) => `${p.name}×${p.n}`).join("、") }));
  return lines.join("\n");
}

export function renderDrawResult(t: Translate, { draw, winners }: DrawResult): string {
  const entries = draw.entries ?? [];
  const published = publishedDraw(draw, winners);
  const text = t("draw.result", {
    id: draw.id, title: draw.title, winners: renderWinners(t, draw, winners), seed: draw.seed,
    entries: entries.length, tickets: entries.reduce((s, e) => s + e.tickets, 0),
  });
  // What a resident needs to check it: the digest of the entries and the result code.
  return published.scheme === 2
    ? `${text}\n${t("draw.proof", { id: draw.id, commitment: draw.commitment, digest: published.entriesDigest.slice(0, 16), code: published.resultCode })}`
    : text;
}
