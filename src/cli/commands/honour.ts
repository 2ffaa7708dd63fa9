// `deedbank honour [--period 2026-W47] [--grid 一网格] [--out poster.png]`: a week's honour
// list on demand, as text on stdout and a poster file. Posts nothing.
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderHonourPdf, renderHonourPoster } from "../../adapters/poster/render-honour-poster.ts";
import { buildHonourList } from "../../app/build-honour-list.ts";
import { weekBefore, weekByLabel } from "../../domain/ranking-period.ts";
import type { App } from "../../create-app.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import { honourPosterData } from "../../scheduler/honour-poster-data.ts";
import { honourText } from "../../scheduler/honour-text.ts";
import { posterFile } from "../../scheduler/jobs/weekly-honour.ts";
import { CliError, pickCommunity } from "./catalog.ts";

export interface HonourOptions { period?: string; grid?: string; out?: string; community?: string; print?: string }

export async function honour(app: App, opts: HonourOptions): Promise<string> {
  const picked = await pickCommunity(app, opts.community);
  const community = await app.deps.store.read((r) => r.communities.byId(picked.id));
  if (!community) throw new CliError("no community");
  const period = opts.period ? weekByLabel(opts.period, community.timezone) : weekBefore(app.deps.clock(), community.timezone);
  if (!period) throw new CliError(`"${opts.period}" is not a week: write it like 2026-W47`);
  const list = await buildHonourList(app.deps, community, period);
  let gridId: number | null = null;
  if (opts.grid) {
    const grid = list.grids.find((g) => g.grid.name === opts.grid);
    if (!grid) throw new CliError(`no grid "${opts.grid}"; grids: ${list.grids.map((g) => g.grid.name).join(", ")}`);
    gridId = grid.grid.id;
  }
  const locale = normalizeLocale(community.locale);
  const t = translator(locale);
  const now = app.deps.clock();
  if (opts.print) {
    // The notice-board print: the community's list, then each grid's list on its own A3 page.
    const all = honourPosterData(list, null, locale, t, { now });
    const pages = [all, ...list.grids.map((g) => honourPosterData(list, g.grid.id, locale, t, { now, gridOnly: true })).filter((p) => p.sections.length > 0)];
    const pdf = resolve(opts.print);
    await renderHonourPdf(pages, pdf, `${all.title} · ${all.community} · ${all.subtitle}`);
    return `${honourText(list, gridId, locale, t, { now })}\n\n🖨  A3 PDF (${pages.length} pages): ${pdf}`;
  }
  if (opts.out && statSync(opts.out, { throwIfNoEntry: false })?.isDirectory()) {
    throw new CliError(`--out ${opts.out} is a folder: give a file name instead, e.g. --out ${join(opts.out, "poster.jpg")}`);
  }
  const file = opts.out ? resolve(opts.out) : posterFile(join(app.db.dataDir, "posters"), community, period.label, gridId);
  await renderHonourPoster(honourPosterData(list, gridId, locale, t, { now }), file);
  return `${honourText(list, gridId, locale, t, { now })}\n\n🖼  poster: ${file}`;
}
