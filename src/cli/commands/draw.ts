// `deedbank draw create|run|show|verify`: prize draws from the command line. The operator
// running these is trusted with the database; in the chat only admins may open and run draws.
import { createDraw } from "../../app/create-draw.ts";
import { listDraws } from "../../app/list-draws.ts";
import { runDraw } from "../../app/run-draw.ts";
import { publishedDraw, verifyPublished, verifyStoredDraw, type Verdict } from "../../app/verify-draw.ts";
import { readDrawFile } from "./draw-file.ts";
import { readPrize } from "../../chat/mention-args.ts";
import { readCloseTime } from "../../chat/read-draw-spec.ts";
import { renderDrawCreated, renderDrawResult, renderWinners } from "../../chat/render/draw.ts";
import type { App } from "../../create-app.ts";
import { CliError } from "./catalog.ts";
import { failed, rewardCommunity } from "./reward-community.ts";

export interface DrawCreateOpts { closes: string; prize: string[]; choose?: boolean; repeat?: boolean; community?: string }

export async function drawCreate(app: App, title: string, opts: DrawCreateOpts): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const closesAt = /T.*(Z|[+-]\d\d:?\d\d)$/.test(opts.closes) ? new Date(opts.closes) : readCloseTime(opts.closes.split(/\s+/), community.timezone, app.deps.clock());
  if (!closesAt || Number.isNaN(closesAt.getTime())) throw new CliError(`--closes "${opts.closes}": give "2026-12-31 20:00" (${community.timezone}) or an ISO time`);
  const prizes = opts.prize.map(readPrize);
  if (prizes.some((p) => p === null)) throw new CliError(`--prize: give "name×quantity", e.g. --prize "大米5kg×3"`);
  const res = await createDraw(app.deps, {
    communityId: community.id, by: "operator",
    spec: { title, closesAt, prizes: prizes as { name: string; quantity: number }[], mode: opts.choose ? "choose" : "all", allowRepeatWinners: Boolean(opts.repeat) },
    announce: (draw, g) => ({ ...g, text: renderDrawCreated(t, draw, community.timezone) }),
  });
  if (!res.ok) throw failed(t, res.code, res.params);
  return renderDrawCreated(t, res.draw, community.timezone);
}

export async function drawRun(app: App, id: string, opts: { community?: string; json?: boolean }): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const res = await runDraw(app.deps, {
    communityId: community.id, drawId: Number(id), by: "operator",
    announce: (result, g) => ({ ...g, text: renderDrawResult(t, result) }),
  });
  if (!res.ok) throw failed(t, res.code, res.params);
  return opts.json ? JSON.stringify(publishedDraw(res.draw, res.winners), null, 2) : renderDrawResult(t, res);
}

/** A draw as published: open → commitment only; drawn → everything needed to verify it (--json). */
export async function drawShow(app: App, id: string, opts: { community?: string; json?: boolean }): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const [view] = await listDraws(app.deps, community.id, Number(id));
  if (!view) throw failed(t, "DRAW.NOT_FOUND", { id });
  const { draw, winners } = view;
  if (opts.json) {
    if (draw.seed === null) return JSON.stringify({ id: draw.id, title: draw.title, commitment: draw.commitment, closesAt: draw.closesAt, prizes: draw.prizes }, null, 2);
    return JSON.stringify(publishedDraw({ ...draw, seed: draw.seed }, winners), null, 2);
  }
  return draw.seed === null
    ? renderDrawCreated(t, { ...draw, seed: "" }, community.timezone)
    : [`#${draw.id} ${draw.title}`, renderWinners(t, draw, winners), `seed ${draw.seed}`, `commitment ${draw.commitment}`].join("\n");
}

/** Recomputes the winners: from this database (ID), or from a published JSON file anyone holds. */
export async function drawVerify(
  app: App | null, id: string | undefined, opts: { file?: string; community?: string; commitment?: string; code?: string },
): Promise<{ text: string; ok: boolean }> {
  let verdict: Verdict;
  if (opts.file) {
    verdict = verifyPublished(readDrawFile(opts.file), { commitment: opts.commitment, code: opts.code });
  } else {
    if (!app || !id) throw new CliError("give a draw ID (with --db), or --file published.json");
    const { community, t } = await rewardCommunity(app, opts.community);
    const res = await verifyStoredDraw(app.deps, community.id, Number(id));
    if (!res.ok) throw failed(t, res.code, res.params);
    verdict = res;
  }
  const p = verdict.published;
  const names = new Map(p.entries.map((e) => [e.residentId, e.name]));
  const prizes = new Map(p.prizes.map((x) => [x.id, x.name]));
  const tickets = (p.entries as readonly { tickets: number }[]).reduce((s, e) => s + e.tickets, 0);
  const missingChat = p.scheme === 2 && opts.file !== undefined && (opts.commitment === undefined || opts.code === undefined);
  const lines = [
    `draw #${p.id} ${p.title}: ${p.entries.length} entries, ${tickets} tickets`,
    ...verdict.checks.map((c) => `${c.ok ? "yes" : "NO "}  ${c.what}`),
    `recomputed winners:`,
    ...verdict.expected.slice(0, 50).map((w) => `  ${w.position}. ${prizes.get(w.prizeId) ?? w.prizeId}: ${names.get(w.residentId) ?? ""} (resident ${w.residentId})`),
    ...(missingChat ? ["to check against the chat, add --commitment (from the opening message) and --code (from the result message)"] : []),
    verdict.verified ? "VERIFIED" : "NOT VERIFIED",
  ];
  return { text: lines.join("\n"), ok: verdict.verified };
}
