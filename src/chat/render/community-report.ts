import type { CommunityReport } from "../../app/get-community-report.ts";
import type { Translate } from "../../i18n/index.ts";

export function renderCommunityReport(t: Translate, r: CommunityReport): string {
  return [
    t("report.title", { community: r.community.name }),
    t("report.body", {
      dynamic: r.dynamic, fixed: r.fixed, percent: r.fixedPercent, target: r.targetPercent,
      warn: r.outOfProportion ? "yes" : "no", spent: -r.spent, tickets: r.tickets,
    }),
  ].join("\n");
}
