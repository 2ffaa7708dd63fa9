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

export function honourPosterData(list: HonourList, gridId: number | null, locale: Locale, t: Translate, opts: { now?: Date; limit?: number } = {}): PosterData {
  const limit = opts.limit ?? 10;
  const when = weekWhen(list, opts.now);
  const grid = list.grids.find((g) => g.grid.id === gridId);
  const sections: PosterSection[] = [];
  if (grid && list.overall.entries.length > 0) {
    sections.push(section(list, t("honour.poster.gridHeading", { grid: grid.grid.name }), grid.board, t("honour.gridEmpty", { when }), locale, t));
  }
  sections.push(section(list, t("honour.poster.communityHeading", { limit }), list.overall, t("honour.empty", { when }), locale, t));
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
