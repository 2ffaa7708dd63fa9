import type { Command } from "../context.ts";

export const help: Command<true> = {
  name: "help",
  words: ["帮助", "使用说明"],
  slash: ["help", "start"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => [ctx.reply(`${ctx.t("help")}\n${ctx.t("help.together")}\n${ctx.t("help.events")}`)],
};
