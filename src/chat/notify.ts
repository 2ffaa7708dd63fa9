// Telling the reporter: the decision is posted in the report's own chat, as a reply to the
// report message; if the reviewer acted elsewhere, they get a copy where they are.
import type { ReportRec } from "../app/ports.ts";
import type { ChatContext } from "./context.ts";
import type { OutgoingMessage } from "./message.ts";

export function announceDecision(ctx: ChatContext, report: ReportRec, text: string): OutgoingMessage[] {
  const toReporter: OutgoingMessage = {
    platform: report.platform,
    chatId: report.externalChatId,
    text,
    replyToMessageId: report.externalMessageId,
    card: { reportNumber: report.number, status: report.status },
  };
  const here = report.platform === ctx.msg.platform && report.externalChatId === ctx.msg.chatId;
  return here ? [toReporter] : [toReporter, ctx.reply(text)];
}
