import type { OutboxItem, Repos } from "../../app/ports.ts";
import { insertOrIgnore } from "../errors.ts";
import type { Db } from "./db.ts";

type Row = { id: number; platform: string; chatId: string; text: string; payload: string; attempts: number; dedupeKey: string | null };

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
  // One design for both databases: the lease is a conditional update inside the caller's write
  // transaction (writes run one at a time: SQLite's lock, PostgreSQL's advisory lock).
  claim: async (now, limit, leaseUntil, platform) => {
    const items = await due(db, now, limit, platform);
    if (items.length === 0) return [];
    await db.outboxMessage.updateMany({
      where: { id: { in: items.map((i) => i.id) }, status: "pending", notBefore: { lte: now } },
      data: { notBefore: leaseUntil },
    });
    return items;
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
