import type { OutboxItem, Repos } from "../../app/ports.ts";
import { insertOrIgnore } from "../errors.ts";
import type { Db } from "./db.ts";

type Row = { id: number; platform: string; chatId: string; text: string; payload: string; attempts: number; dedupeKey: string | null };

/** Whitespace and a trailing ellipsis do not count when a quoted text is compared with what was sent. */
const normalizeQuote = (s: string) => s.replace(/(…|\.\.\.)\s*$/, "").replace(/\s+/g, "");

const toItem = ({ payload, ...row }: Row): OutboxItem => ({ ...row, ...(JSON.parse(payload) as object) });

export const outboxRepo = (db: Db): Repos["outbox"] => ({
  enqueue: async ({ platform, chatId, text, outboxId: _queued, ...extra }, opts = {}) => {
    const row = await insertOrIgnore(() => db.outboxMessage.create({
      data: {
        platform, chatId, text, payload: JSON.stringify(extra), dedupeKey: opts.dedupeKey ?? null,
        ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
      },
      select: { id: true },
    }));
    return row === "duplicate" ? null : row.id;
  },
  pruneSent: async (sentBefore, keysBefore) => {
    const gone = await db.outboxMessage.deleteMany({
      where: { status: "sent", OR: [{ dedupeKey: null, sentAt: { lt: sentBefore } }, { sentAt: { lt: keysBefore } }] },
    });
    const emptied = await db.outboxMessage.updateMany({
      where: { status: "sent", sentAt: { lt: sentBefore }, dedupeKey: { not: null }, NOT: { text: "" } },
      data: { text: "", payload: "{}" },
    });
    return { deleted: gone.count, emptied: emptied.count };
  },
  due: (now, limit, platform) => due(db, now, limit, platform),
  // One design for both databases: the lease is a conditional update, and a claimer keeps only
  // the rows its own update changed. Two claimers at once (PostgreSQL, READ COMMITTED, no common
  // lock): the second waits on the first's row locks, then re-checks the condition on the leased
  // rows and changes none of them, so each message is taken once.
  claim: async (now, limit, leaseUntil, platform) => {
    const items = await due(db, now, limit, platform);
    if (items.length === 0) return [];
    const taken = await db.outboxMessage.updateManyAndReturn({
      where: { id: { in: items.map((i) => i.id) }, status: "pending", notBefore: { lte: now } },
      data: { notBefore: leaseUntil },
      select: { id: true },
    });
    const mine = new Set(taken.map((t) => t.id));
    return items.filter((i) => mine.has(i.id));
  },
  sentCard: async (platform, chatId, quoted) => {
    const cardOf = (payload: string) => (JSON.parse(payload) as { card?: { reportNumber?: number } }).card?.reportNumber ?? null;
    if (quoted.messageId) {
      const row = await db.outboxMessage.findFirst({
        where: { platform, chatId, status: "sent", externalMessageId: quoted.messageId }, select: { payload: true },
      });
      return row ? cardOf(row.payload) : null;
    }
    const text = normalizeQuote(quoted.text ?? "");
    if (text.length < 4) return null;
    const rows = await db.outboxMessage.findMany({
      where: { platform, chatId, status: "sent", payload: { contains: "\"card\"" } },
      orderBy: { id: "desc" }, take: 500, select: { text: true, payload: true },
    });
    // Quotes may be cut short by the client: the card must start with the quoted text, and only one may.
    const numbers = new Set(rows.filter((r) => normalizeQuote(r.text).startsWith(text)).map((r) => cardOf(r.payload)));
    return numbers.size === 1 ? ([...numbers][0] ?? null) : null;
  },
  markSent: async (id, externalMessageId, at) => {
    await db.outboxMessage.update({ where: { id }, data: { status: "sent", externalMessageId, sentAt: at, attempts: { increment: 1 } } });
  },
  markFailed: async (id, error, retryAt) => {
    await db.outboxMessage.update({
      where: { id },
      data: {
        attempts: { increment: 1 }, lastError: error.slice(0, 500),
        ...(retryAt ? { notBefore: retryAt } : { status: "failed" }),
      },
    });
  },
});

async function due(db: Db, now: Date, limit: number, platform?: string): Promise<OutboxItem[]> {
  return (
      await db.outboxMessage.findMany({
        where: { status: "pending", notBefore: { lte: now }, ...(platform ? { platform } : {}) },
        orderBy: { id: "asc" },
        take: limit,
        select: { id: true, platform: true, chatId: true, text: true, payload: true, attempts: true, dedupeKey: true },
      })
    ).map(toItem);
}
