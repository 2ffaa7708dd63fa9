import type { OutboxItem, Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";

type Row = { id: number; platform: string; chatId: string; text: string; payload: string; attempts: number; dedupeKey: string | null };

const toItem = ({ payload, ...row }: Row): OutboxItem => ({ ...row, ...(JSON.parse(payload) as object) });

export const outboxRepo = (db: Db): Repos["outbox"] => {
  const due: Repos["outbox"]["due"] = async (now, limit, platform) =>
    (
      await db.outboxMessage.findMany({
        where: { status: "pending", notBefore: { lte: now }, ...(platform ? { platform } : {}) },
        orderBy: { id: "asc" },
        take: limit,
        select: { id: true, platform: true, chatId: true, text: true, payload: true, attempts: true, dedupeKey: true },
      })
    ).map(toItem);
  return {
    enqueue: async ({ platform, chatId, text, ...extra }, opts = {}) => {
      if (opts.dedupeKey && (await db.outboxMessage.findUnique({ where: { dedupeKey: opts.dedupeKey }, select: { id: true } }))) {
        return "duplicate";
      }
      await db.outboxMessage.create({
        data: {
          platform, chatId, text, payload: JSON.stringify(extra), dedupeKey: opts.dedupeKey ?? null,
          ...(opts.notBefore ? { notBefore: opts.notBefore } : {}),
        },
      });
      return "created";
    },
    due,
    // One design for both databases: the lease is a conditional update inside the caller's write
    // transaction. SQLite runs writers one at a time; PostgreSQL's SERIALIZABLE write makes the
    // second of two concurrent claims retry, and it then sees the rows leased.
    claim: async (now, limit, leaseUntil, platform) => {
      const items = await due(now, limit, platform);
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
  };
};
