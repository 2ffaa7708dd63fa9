// An expected failure, in words: its code is the i18n key.
import type { Failure } from "../../app/errors.ts";
import type { ResidentRec } from "../../app/ports.ts";
import type { ChatContext } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";

export function renderFailure(ctx: ChatContext, f: Failure): OutgoingMessage {
  if (f.code === "REPORT.DOER_AMBIGUOUS") return ctx.reply(renderDoerChoice(ctx, f));
  return ctx.reply(ctx.t(`error.${f.code}`, f.params));
}

function renderDoerChoice(ctx: ChatContext, f: Failure): string {
  const candidates = (f.detail ?? []) as ResidentRec[];
  const name = String(f.params?.name ?? "");
  const lines = candidates.map((c, i) =>
    ctx.t("doer.option", { index: i + 1, name: c.name, place: [c.building, c.unit, c.room].filter(Boolean).join("") }),
  );
  lines.push(ctx.t("doer.optionNew", { index: candidates.length + 1, name }));
  return [ctx.t("doer.choose", { number: f.params?.number ?? "", count: candidates.length, name }), ...lines].join("\n");
}
