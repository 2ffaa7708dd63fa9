// The daily review reminder (default 18:00): each grid's group gets one short digest of the
// reports pending more than a day, addressed to its grid workers; reports pending more than
// three days are also sent to the admins. Once per day per grid (and per admin account).
import { DateTime } from "luxon";
import { adminAccounts, listOverdueReports, type GridOverdue } from "../../app/list-overdue-reports.ts";
import type { AppDeps } from "../../app/deps.ts";
import { postReminders, type AdminPost, type ReminderPost } from "../../app/post-reminders.ts";
import type { Overdue } from "../../domain/overdue.ts";
import { normalizeLocale, translator, type Translate } from "../../i18n/index.ts";
import { BadPeriodError, type Job, type JobPostReport } from "../job.ts";

export const PENDING_REMINDERS = "pending-reminders";

export interface PendingRemindersOptions { deps: AppDeps; cron: string; timezone: string }

/** At most this many reports are named in one message; the rest are counted. */
const SHOWN = 8;

function lines(items: readonly Overdue[], t: Translate): string[] {
  const shown = items.slice(0, SHOWN).map((o) => t("reminder.item", { number: o.number, name: o.name, days: Math.floor(o.hours / 24) }));
  return items.length > SHOWN ? [...shown, t("reminder.more", { count: items.length - SHOWN })] : shown;
}

function gridText(g: GridOverdue, t: Translate): string {
  const workers = g.workers.map((w) => `@${w}`).join(" ");
  return [t("reminder.grid", { workers, count: g.remind.length }), ...lines(g.remind, t), t("reminder.how")].join("\n");
}

function adminText(community: string, grids: readonly GridOverdue[], t: Translate): string {
  const parts = grids.flatMap((g) => [
    t("reminder.escalateGrid", { grid: g.grid?.name ?? t("reminder.noGrid"), workers: g.workers.join("、") || t("reminder.noWorker") }),
    ...lines(g.escalate, t),
  ]);
  const count = grids.reduce((s, g) => s + g.escalate.length, 0);
  return [t("reminder.escalate", { community, count }), ...parts, t("reminder.escalateHow")].join("\n");
}

export function pendingRemindersJob(o: PendingRemindersOptions): Job {
  return {
    id: PENDING_REMINDERS,
    description: "待审核提醒: reports pending over 24 h to the grid's workers, over 72 h to the admins, once a day",
    cron: o.cron,
    timezone: o.timezone,
    // A reminder missed while the bot was down is still worth sending the same day.
    catchUpUntil: (scheduledAt) => DateTime.fromJSDate(scheduledAt, { zone: o.timezone }).startOf("day").plus({ days: 1 }).toJSDate(),
    run: async (opts) => {
      if (opts.period) throw new BadPeriodError("pending-reminders takes no --period: it reminds of what is pending now");
      const day = DateTime.fromJSDate(opts.scheduledAt, { zone: o.timezone }).toISODate() ?? "";
      const communities = await o.deps.store.read((r) => r.communities.list());
      const posts: JobPostReport[] = [];
      for (const community of communities) {
        const t = translator(normalizeLocale(community.locale));
        const grids = await listOverdueReports(o.deps, community, opts.scheduledAt);
        const groupPosts: ReminderPost[] = grids.flatMap((g) => g.groups.map((group) => ({ group, text: gridText(g, t) })));
        const escalated = grids.filter((g) => g.escalate.length > 0);
        const admins = escalated.length ? await adminAccounts(o.deps, community.id) : [];
        const adminPosts: AdminPost[] = escalated.length ? admins.map((a) => ({ ...a, text: adminText(community.name, escalated, t) })) : [];
        const report = (group: string, platform: string, text: string, status: JobPostReport["status"]): JobPostReport =>
          ({ community: community.name, group, platform, text, photoPath: null, status });
        const adminLabel = (a: AdminPost) => t("reminder.toAdmin", { account: a.chatId });
        if (opts.dryRun) {
          posts.push(...groupPosts.map((p) => report(p.group.title ?? p.group.externalId, p.group.platform, p.text, "dry-run")));
          posts.push(...adminPosts.map((a) => report(adminLabel(a), a.platform, a.text, "dry-run")));
          continue;
        }
        const done = await postReminders(o.deps, PENDING_REMINDERS, day, { groups: groupPosts, admins: adminPosts });
        posts.push(...groupPosts.map((p, i) => report(p.group.title ?? p.group.externalId, p.group.platform, p.text, done.groups[i] ?? "queued")));
        posts.push(...adminPosts.map((a, i) => report(adminLabel(a), a.platform, a.text, done.admins[i] ?? "queued")));
      }
      return { job: PENDING_REMINDERS, period: day, posts, ...(posts.length === 0 ? { summary: "no report has waited more than 24 hours" } : {}) };
    },
  };
}
