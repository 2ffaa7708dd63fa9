// 公示: anyone may object (`异议 12 原因`) while a notice is up; the objection goes to the
// community's admins through the outbox (queued in this transaction), and into the audit trail
// without its text (message text is never logged).
import type { Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { NoticeRec } from "./event-ports.ts";
import type { OutboxDraft } from "./ports.ts";

/** Platforms whose admins are told (their private chats). */
const PLATFORMS = ["telegram", "wechat", "console"];

export interface Objected { notice: NoticeRec; admins: number }

export async function objectNotice(
  deps: AppDeps,
  input: { communityId: number; number: number; actor: Actor; reason: string; messageId: string | null; toAdmin: (n: NoticeRec, doerName: string) => Omit<OutboxDraft, "platform" | "chatId"> },
): Promise<Result<Objected>> {
  const reason = input.reason.trim();
  if (!reason) return fail("NOTICE.REASON_REQUIRED", { number: input.number });
  return deps.store.write(async (r) => {
    const notice = await r.notices.byNumber(input.communityId, input.number);
    if (!notice) return fail("NOTICE.NOT_FOUND", { number: input.number });
    if (notice.status !== "open") return fail("NOTICE.CLOSED", { number: notice.number });
    const now = deps.clock();
    const who = `${input.actor.account.platform}:${input.actor.account.userId}:${input.messageId ?? now.getTime()}`;
    const doerName = (await r.residents.byId(notice.doerResidentId))?.name ?? "";
    let admins = 0;
    for (const platform of PLATFORMS) {
      for (const chatId of await r.platform.adminAccounts(platform, notice.communityId)) {
        const queued = await r.outbox.enqueue({ platform, chatId, ...input.toAdmin(notice, doerName) }, { dedupeKey: `objection:${notice.id}:${who}:${platform}:${chatId}`, notBefore: now });
        if (queued !== null) admins++;
      }
    }
    await r.audit.record({
      communityId: notice.communityId, actorId: input.actor.resident?.id ?? null, action: "notice.objected", subjectType: "report",
      subjectId: notice.reportId, data: { number: notice.number },
    });
    return { ok: true as const, notice, admins };
  });
}
