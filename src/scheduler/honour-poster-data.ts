// The honour list of one grid's group as poster content (words only; the layout is the renderer's).
import type { HonourList } from "../app/build-honour-list.ts";
import { tiedRanks, type HonourBoard } from "../domain/honour-list.ts";
import type { Locale, Translate } from "../i18n/index.ts";
import { deedWords, displayName, weekTitle, weekWhen } from "./honour-words.ts";
import type { PosterData, PosterSection } from "./poster-port.ts";

function section(list: HonourList, heading: string, board: HonourBoard, empty: string, locale: Locale, t: Translate): PosterSection {
  const tied = tiedRanks(board.entries);
  return {
    heading,
    empty: board.entries.length === 0 ? empty : null,
    rows: board.entries.map((e) => ({
      rank: e.rank,
      name: displayName(list, e),
      points: t("honour.poster.points", { points: e.points }),
      deeds: deedWords(e.deeds, list.catalog, locale, t, { short: true }),
      tie: tied.has(e.rank),
    })),
  };
}

/** How many of the community's list a grid's poster shows under the grid's own list. */
export const PODIUM = 3;

/**
 * Which poster a grid's group gets: its grid's own (null: the community's). A grid with nobody
 * on its list this week gets the community's poster: it has nothing of its own to show, the
 * text says the grid was quiet, and all such grids share one drawn file (issue 14).
 */
export function posterGridOf(list: HonourList, gridId: number | null): number | null {
  const grid = list.grids.find((g) => g.grid.id === gridId);
  return grid && grid.board.entries.length > 0 && list.overall.entries.length > 0 ? grid.grid.id : null;
}

/**
 * A grid's poster: the grid's own list in full (the neighbours its residents know, with their
 * deeds), then the community's top 3 by name and points only, and a line saying the full top
 * 10 is in the text posted with it. The community's poster (`gridId` null, and grids with an
 * empty week): the community's top 10 with deeds. Issue 14: every grid's poster used to repeat
 * the community's top 10 with deeds, nearly half its height, drawn and encoded 12 times a week
 * per community for what the text already says.
 */
export function honourPosterData(
  list: HonourList, gridId: number | null, locale: Locale, t: Translate, opts: { now?: Date; limit?: number; gridOnly?: boolean } = {},
): PosterData {
  const limit = opts.limit ?? 10;
  const when = weekWhen(list, opts.now);
  const own = posterGridOf(list, gridId);
  const grid = list.grids.find((g) => g.grid.id === own);
  const sections: PosterSection[] = [];
  const asked = list.grids.find((g) => g.grid.id === gridId);
  if (opts.gridOnly) {
    // The notice-board print's page of one grid (its community page comes first): the grid alone, quiet or not.
    if (asked && list.overall.entries.length > 0) sections.push(section(list, t("honour.poster.gridHeading", { grid: asked.grid.name }), asked.board, t("honour.gridEmpty", { when }), locale, t));
  } else if (grid) {
    sections.push(section(list, t("honour.poster.gridHeading", { grid: grid.grid.name }), grid.board, t("honour.gridEmpty", { when }), locale, t));
    // Ties are read on the whole list: a third place tied with the fourth still says so.
    const podium = section(list, t("honour.poster.podiumHeading"), list.overall, "", locale, t);
    sections.push({ ...podium, rows: podium.rows.slice(0, PODIUM).map((r) => ({ ...r, deeds: "" })), more: t("honour.poster.podiumMore", { limit }) });
  } else sections.push(section(list, t("honour.poster.communityHeading", { limit }), list.overall, t("honour.empty", { when }), locale, t));
  return {
    title: t("honour.poster.title"),
    community: list.community.name,
    subtitle: weekTitle(list, t),
    sections,
    totals: t("honour.poster.totals", { ...list.overall.totals, when }),
    note: t("honour.ties"),
    footer: t("honour.poster.footer"),
    tieLabel: t("honour.poster.tie"),
  };
}
