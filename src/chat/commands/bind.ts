// 绑定码 / /bind: with no code, a verified account gets a one-time code (in a private chat
// only: a code shown in a group could be used by anyone); with a code, this account becomes
// that resident's, verified.
import { issueBindCode, redeemBindCode } from "../../app/bind-identity.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const bind: Command<{ code: string | null }> = {
  name: "bind",
  words: ["绑定码", "绑定账号"],
  slash: ["bind"],
  usage: { zh: "绑定码 六位数字", en: "/bind 123456" },
  parse: (args) => {
    const a = args.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (a === "") return { code: null };
    return /^\d{6}$/.test(a) ? { code: a } : null;
  },
  run: async (ctx, { code }) => {
    if (code === null) {
      if (!ctx.msg.isPrivate) return [ctx.reply(ctx.t("error.BIND.PRIVATE_ONLY"))];
      const res = await issueBindCode(ctx.deps, ctx.actor);
      return [res.ok ? ctx.reply(ctx.t("platform.bindCode", { code: res.code, minutes: res.minutes })) : renderFailure(ctx, res)];
    }
    const res = await redeemBindCode(ctx.deps, ctx.actor, code, ({ resident }) => ctx.reply(ctx.t("platform.bound", { name: resident.name })));
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
