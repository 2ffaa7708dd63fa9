// 积分细则 / /rules: what earns points, in the reader's language.
import { MAX_REPORT_POINTS } from "../../app/ports.ts";
import type { Command } from "../context.ts";

export const rules: Command<true> = {
  name: "rules",
  words: ["积分细则", "积分规则"],
  slash: ["rules"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    const catalog = (await ctx.catalog()).filter((c) => c.active);
    const rows = catalog.map((c) =>
      ctx.t(`rules.${c.unit}`, { name: ctx.locale === "en" ? c.names.en : c.names.zh, points: c.points }),
    );
    return [ctx.reply([ctx.t("rules.title"), ...rows, ctx.t("rules.footer", { max: MAX_REPORT_POINTS })].join("\n"))];
  },
};
