// The honour list as a chat message for one grid's group: the grid's list, the community's
// top list, the week's totals, how ties are ordered, and an invitation.
import type { HonourList } from "../app/build-honour-list.ts";
import { tiedRanks, type HonourBoard } from "../domain/honour-list.ts";
import type { Locale, Translate } from "../i18n/index.ts";
import { deedWords, displayName, weekTitle, weekWhen } from "./honour-words.ts";

const MEDALS = ["🥇 ", "🥈 ", "🥉 "];

function boardLines(list: HonourList, board: HonourBoard, locale: Locale, t: Translate): string[] {
  const tied = tiedRanks(board.entries);
  return board.entries.flatMap((e) => [
    t("honour.row", {
      medal: MEDALS[e.rank - 1] ?? `${e.rank}. `, name: displayName(list, e), points: e.points, tie: tied.has(e.rank) ? "yes" : "no",
    }),
    t("honour.rowDeeds", { deeds: deedWords(e.deeds, list.catalog, locale, t) }),
  ]);
}

/** `now`: when the list is read, so that last week is called 上周 (and a preview of the current week 本周). */
export function honourText(list: HonourList, gridId: number | null, locale: Locale, t: Translate, opts: { now?: Date; limit?: number } = {}): string {
  const limit = opts.limit ?? 10;
  const when = weekWhen(list, opts.now);
  const lines = [t("honour.title", { community: list.community.name }), weekTitle(list, t)];
  if (list.overall.entries.length === 0) {
    lines.push("", t("honour.empty", { when }), "", t("honour.invite"));
    return lines.join("\n");
  }
  const grid = list.grids.find((g) => g.grid.id === gridId);
  if (grid) {
    lines.push("", t("honour.section.grid", { grid: grid.grid.name }));
    if (grid.board.entries.length === 0) lines.push(t("honour.gridEmpty", { when }));
    else lines.push(...boardLines(list, grid.board, locale, t));
  }
  lines.push("", t("honour.section.community", { limit }), ...boardLines(list, list.overall, locale, t));
  lines.push("", t("honour.totals", { ...list.overall.totals, when }), t("honour.ties"), "", t("honour.invite"));
  return lines.join("\n");
}
