// 公示 (issue 11): every morning, the awards whose public notice is over and that an admin has
// confirmed land (the confirm lands them itself when it comes after the window). Daily at 09:00
// rather than hourly: the group is told in the daytime, and a simulated week lists one run a day.
import { creditDueNotices } from "../../app/credit-due-notices.ts";
import type { AppDeps } from "../../app/deps.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import type { Job } from "../job.ts";

export const PUBLIC_NOTICE = "public-notice";

export function publicNoticeJob(o: { deps: AppDeps; timezone: string }): Job {
  return {
    id: PUBLIC_NOTICE,
    description: "daily: confirmed 公示 awards whose notice window is over are credited (once)",
    cron: "0 9 * * *",
    timezone: o.timezone,
    // Nothing is lost by a missed run: the next one finds every notice that fell due.
    catchUpUntil: () => null,
    run: async (opts) => {
      const res = await creditDueNotices(o.deps, {
        now: opts.scheduledAt, dryRun: opts.dryRun ?? false,
        announce: (c, community) => {
          const t = translator(normalizeLocale(c.report.senderLocale, normalizeLocale(community.locale)));
          return [{
            platform: c.report.platform, chatId: c.report.externalChatId, replyToMessageId: c.report.externalMessageId,
            text: t("notice.credited", { number: c.report.number, doer: c.doer.name, points: c.points, balance: c.balance }),
            card: { reportNumber: c.report.number, status: "approved" },
          }];
        },
      });
      const label = opts.dryRun ? "would credit" : "credited";
      const numbers = (opts.dryRun ? res.due.map((n) => n.number) : res.credited.map((c) => c.report.number)).map((n) => `#${n}`);
      return { job: PUBLIC_NOTICE, period: opts.scheduledAt.toISOString().slice(0, 10), posts: [], summary: `${label} ${numbers.length}${numbers.length ? `: ${numbers.join(" ")}` : ""}` };
    },
  };
}
