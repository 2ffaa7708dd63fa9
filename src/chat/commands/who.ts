import { whoIs } from "../../app/who-is.ts";
import type { Command } from "../context.ts";
import { renderAddress } from "../render/address.ts";
import { renderFailure } from "../render/failure.ts";

/** A name, Chinese (2–6 characters) or Latin: so that chatter starting with 查询 is not taken as a lookup. */
const NAME = /^[@＠]?(?:[\p{Script=Han}·]{1,6}|[A-Za-z][A-Za-z .'-]{0,30})$/u;

/** 查询 王桂兰 · /who 王桂兰: a grid worker looks a resident up (household, points). */
export const who: Command<string> = {
  name: "who",
  words: ["查询", "查人"],
  slash: ["who", "find"],
  usage: { zh: "查询 姓名", en: "/who name" },
  parse: (args) => (NAME.test(args.trim()) ? args.trim() : null),
  run: async (ctx, name) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await whoIs(ctx.deps, { communityId: ctx.place.community.id, actor: ctx.actor, name });
    if (!res.ok) return [renderFailure(ctx, res)];
    if (res.found.length === 0) return [ctx.reply(ctx.t("who.none", { name }))];
    const lines = [ctx.t("who.title", { name, count: res.found.length })];
    res.found.forEach((p, i) => {
      const address = p.household ? renderAddress(ctx.t, p.household) : ctx.t("who.noHousehold");
      lines.push(ctx.t("who.row", {
        index: i + 1, name: p.name, id: p.id, grid: p.gridName ?? "", address,
        head: p.household?.headResidentId === p.id ? "yes" : "no", points: p.points,
      }));
    });
    if (res.more) lines.push(ctx.t("who.more"));
    return [ctx.reply(lines.join("\n"))];
  },
};
