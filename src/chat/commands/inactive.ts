// 不活跃 [天数] / /inactive [days]: a grid worker's list of the grid's residents with no
// approved deed in the last N days (30 unless given). Staff only.
import { INACTIVE_DEFAULT_DAYS, listInactiveResidents } from "../../app/list-inactive-residents.ts";
import type { Command } from "../context.ts";
import { renderFailure } from "../render/failure.ts";

/** At most this many names in one message; the rest are counted. */
const SHOWN = 60;

export const inactive: Command<number> = {
  name: "inactive",
  words: ["不活跃"],
  slash: ["inactive"],
  usage: { zh: "不活跃 [天数],例如 不活跃 60", en: "/inactive [days], e.g. /inactive 60" },
  parse: (args) => {
    const a = args.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
    if (a === "") return INACTIVE_DEFAULT_DAYS;
    const m = /^(\d{1,4})\s*(?:天|days?|d)?$/i.exec(a);
    return m ? Number(m[1]) : null;
  },
  run: async (ctx, days) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await listInactiveResidents(ctx.deps, ctx.actor, ctx.place.grid, days);
    if (!res.ok) return [renderFailure(ctx, res)];
    const grid = ctx.place.grid.name;
    if (res.residents.length === 0) return [ctx.reply(ctx.t("inactive.none", { grid, days, total: res.total }))];
    const names = res.residents.slice(0, SHOWN).map((p) => p.name).join(ctx.locale === "en" ? ", " : "、");
    const more = res.residents.length > SHOWN ? `\n${ctx.t("inactive.more", { count: res.residents.length - SHOWN })}` : "";
    return [ctx.reply(`${ctx.t("inactive.title", { grid, days, count: res.residents.length, total: res.total })}\n${names}${more}\n${ctx.t("inactive.hint")}`)];
  },
};
