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
  due: async (now, limit, platform) =>
    (
      await db.outboxMessage.findMany({
        where: { status: "pending", notBefore: { lte: now }, ...(platform ? { platform } : {}) },
        orderBy: { id: "asc" },
        take: limit,
        select: { id: true, platform: true, chatId: true, text: true, payload: true, attempts: true, dedupeKey: true },
      })
    ).map(toItem),
  // Provider-neutral: a lease is a row keyed by the message id. Under SQLite's write lock the
  // claim is exact; on a server database a racing claim fails on the key (or re-checks the
  // expiry in its conditional update) and that sender simply tries again on its next round.
  claim: async (now, limit, platform, owner, until) => {
    const rows = await db.outboxMessage.findMany({
      where: { status: "pending", notBefore: { lte: now }, platform },
      orderBy: { id: "asc" },
      take: limit + 100,
      select: { id: true, platform: true, chatId: true, text: true, payload: true, attempts: true, dedupeKey: true },
    });
    const leases = new Map(
      (await db.outboxLease.findMany({ where: { messageId: { in: rows.map((r) => r.id) } } })).map((l) => [l.messageId, l]),
    );
    const claimed: OutboxItem[] = [];
    for (const row of rows) {
      if (claimed.length >= limit) break;
      const lease = leases.get(row.id);
      if (!lease) {
        await db.outboxLease.create({ data: { messageId: row.id, owner, until } });
      } else if (lease.until.getTime() > now.getTime()) {
        continue;
      } else {
        const took = await db.outboxLease.updateMany({ where: { messageId: row.id, until: { lte: now } }, data: { owner, until } });
        if (took.count !== 1) continue;
      }
      claimed.push(toItem(row));
    }
    return claimed;
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
    await db.outboxLease.deleteMany({ where: { messageId: id } });
    await db.outboxMessage.update({ where: { id }, data: { status: "sent", externalMessageId, sentAt: at, attempts: { increment: 1 } } });
  },
  markFailed: async (id, error, retryAt) => {
    await db.outboxLease.deleteMany({ where: { messageId: id } });
    await db.outboxMessage.update({
      where: { id },
      data: {
        attempts: { increment: 1 }, lastError: error.slice(0, 500),
        ...(retryAt ? { notBefore: retryAt } : { status: "failed" }),
      },
    });
  },
});
