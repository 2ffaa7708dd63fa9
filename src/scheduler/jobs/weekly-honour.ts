// The weekly honour list (光荣榜): at the scheduled time (default Monday 09:00), every chat
// group gets its grid's list and the community's top list for the week before, as text and
// as a poster. A run missed while the bot was down is made at the next start in the same week.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { DateTime } from "luxon";
import { buildHonourList } from "../../app/build-honour-list.ts";
import type { AppDeps } from "../../app/deps.ts";
import { postHonourList, type GroupPost } from "../../app/post-honour-list.ts";
import type { ChatGroupRec, CommunityRec } from "../../app/ports.ts";
import type { Period } from "../../domain/period.ts";
import { weekBefore, weekByLabel } from "../../domain/ranking-period.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import { honourPosterData, posterGridOf } from "../honour-poster-data.ts";
import { honourText } from "../honour-text.ts";
import { weekWhen } from "../honour-words.ts";
import { BadPeriodError, type Job, type JobPostReport, type JobRunOptions } from "../job.ts";
import type { RenderPoster } from "../poster-port.ts";

export const WEEKLY_HONOUR = "weekly-honour";

export interface WeeklyHonourOptions {
  deps: AppDeps;
  renderPoster: RenderPoster;
  /** Folder the posters are written to (under the data folder). */
  postersDir: string;
  cron: string;
  timezone: string;
}

/** The file a grid's poster for a period goes to: stable, so a second run rewrites the same file. A JPEG: small for chats. */
export const posterFile = (dir: string, community: CommunityRec, period: string, gridId: number | null) =>
  join(dir, `honour-${community.slug}-${period}-${gridId ?? "all"}.jpg`);

export function weeklyHonourJob(o: WeeklyHonourOptions): Job {
  return {
    id: WEEKLY_HONOUR,
    description: "光荣榜: last week's honour list in every group, as text and poster",
    cron: o.cron,
    timezone: o.timezone,
    catchUpUntil: (scheduledAt) => DateTime.fromJSDate(scheduledAt, { zone: o.timezone }).startOf("week").plus({ weeks: 1 }).toJSDate(),
    run: async (opts) => {
      const asked = opts.period ? weekByLabel(opts.period, o.timezone) : null;
      if (opts.period && !asked) throw new BadPeriodError(`"${opts.period}" is not a week: write it like 2026-W47`);
      // A week is posted once it is over: posting it early would record it as posted, and
      // Monday's real post of that week would be skipped. Before then it can only be previewed.
      if (asked && !opts.dryRun && asked.end > opts.scheduledAt) {
        throw new BadPeriodError(`${opts.period} is not over yet: it can be posted from ${asked.end.toISOString()}; preview it with --dry-run`);
      }
      // The week is cut in each community's own time zone.
      const weekIn = (zone: string): Period => (opts.period ? weekByLabel(opts.period, zone) : null) ?? weekBefore(opts.scheduledAt, zone);
      const communities = await o.deps.store.read((r) => r.communities.list());
      const drawn: Drawn = new Map();
      // Two communities in flight: the next one's list is read and worded while this one's
      // posters are drawn on the worker threads, so the workers do not wait for the database
      // between communities (issue 14). Reports keep the communities' order.
      const results: JobPostReport[][] = [];
      let next = 0;
      const lane = async () => {
        for (let i = next++; i < communities.length; i = next++) {
          const community = communities[i] as CommunityRec;
          results[i] = await runForCommunity(o, community, weekIn(community.timezone), opts, drawn);
        }
      };
      await Promise.all([lane(), lane()]);
      return { job: WEEKLY_HONOUR, period: weekIn(o.timezone).label, posts: results.flat() };
    },
  };
}

/** Posters drawn in this run, by a hash of their content: the file each was written to. */
type Drawn = Map<string, Promise<string>>;

async function runForCommunity(
  o: WeeklyHonourOptions,
  community: CommunityRec,
  period: Period,
  opts: JobRunOptions,
  drawn: Drawn,
): Promise<JobPostReport[]> {
  const { groups, posted } = await o.deps.store.read(async (r) => ({
    groups: await r.groups.list({ communityId: community.id }),
    posted: new Set(await r.honour.postedGroups(WEEKLY_HONOUR, period.label)),
  }));
  const report = (g: ChatGroupRec, p: Pick<JobPostReport, "text" | "photoPath" | "status">): JobPostReport => ({
    community: community.name, group: g.title ?? g.externalId, platform: g.platform, ...p,
  });
  // Already posted everywhere (a second process, or a catch-up after a run that happened): nothing to render.
  const todo = opts.dryRun ? groups : groups.filter((g) => !posted.has(g.id));
  const done = opts.dryRun ? [] : groups.filter((g) => posted.has(g.id)).map((g) => report(g, { text: "", photoPath: null, status: "already-posted" }));
  if (todo.length === 0) return done;

  const list = await buildHonourList(o.deps, community, period);
  const locale = normalizeLocale(community.locale);
  const t = translator(locale);
  const now = opts.scheduledAt;
  // An empty week: one friendly line of encouragement, never a poster of zeros.
  if (list.overall.entries.length === 0) {
    const line = t("honour.quiet", { community: community.name, when: weekWhen(list, now) });
    return post(o, period, done, todo.map((group) => ({ group, text: line, photoPath: null })), opts, report);
  }
  // Each poster is drawn once per run: groups of the same grid, grids with a quiet week (they
  // get the community's poster) and any two grids whose posters would be the same share one
  // file, found by a hash of the poster's content. The rest are drawn at once (the renderer
  // spreads them over the cores).
  const posterOf = (gridId: number): Promise<string> => {
    const own = posterGridOf(list, gridId);
    const data = honourPosterData(list, own, locale, t, { now });
    const key = createHash("sha256").update(JSON.stringify(data)).digest("base64url");
    let file = drawn.get(key);
    if (!file) {
      const path = posterFile(o.postersDir, community, period.label, own);
      file = o.renderPoster(data, path).then(() => path);
      drawn.set(key, file);
    }
    return file;
  };
  const photos = await Promise.all(todo.map((group) => posterOf(group.gridId)));
  const drafts: GroupPost[] = todo.map((group, i) => ({ group, text: honourText(list, group.gridId, locale, t, { now }), photoPath: photos[i] ?? null }));
  return post(o, period, done, drafts, opts, report);
}

async function post(
  o: WeeklyHonourOptions,
  period: Period,
  done: JobPostReport[],
  drafts: GroupPost[],
  opts: JobRunOptions,
  report: (g: ChatGroupRec, p: Pick<JobPostReport, "text" | "photoPath" | "status">) => JobPostReport,
): Promise<JobPostReport[]> {
  if (opts.dryRun) return [...done, ...drafts.map((d) => report(d.group, { text: d.text, photoPath: d.photoPath, status: "dry-run" }))];
  const outcomes = await postHonourList(o.deps, WEEKLY_HONOUR, period.label, drafts);
  return [
    ...done,
    ...outcomes.map((out, i) => report(out.group, { text: drafts[i]?.text ?? "", photoPath: drafts[i]?.photoPath ?? null, status: out.status })),
  ];
}
