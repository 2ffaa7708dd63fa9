// The 可能的申报 part of a grid worker's 待审核: messages the parser was not sure of, with the
// one-step way to make one a report (转申报 P3, or a reply to the message).
import { listPossible } from "../../app/promote-possible-report.ts";
import type { Catalog } from "../../app/ports.ts";
import type { ChatContext } from "../context.ts";
import { renderDeeds } from "./deeds.ts";

/** How much of the message a row quotes. */
const QUOTE = 30;

export async function possibleSection(ctx: ChatContext, catalog: Catalog): Promise<string[]> {
  if (!ctx.place) return [];
  const res = await listPossible(ctx.deps, ctx.place.community.id, ctx.actor);
  if (!res.ok || res.possible.length === 0) return [];
  const rows = res.possible.map((p) => ctx.t("possible.row", {
    id: p.id,
    sender: p.doerName ?? p.senderName,
    deeds: renderDeeds(p.deeds, catalog, ctx.locale, ctx.t) || "?",
    points: p.suggestedPoints,
    text: p.rawText.length > QUOTE ? `${p.rawText.slice(0, QUOTE)}…` : p.rawText,
  }));
  return ["", ctx.t("possible.title", { count: res.possible.length }), ...rows, ctx.t("possible.hint")];
}
