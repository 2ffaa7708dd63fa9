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
  due: async (now, limit, platform) =>
    (
      await db.outboxMessage.findMany({
        where: { status: "pending", notBefore: { lte: now }, ...(platform ? { platform } : {}) },
        orderBy: { id: "asc" },
        take: limit,
        select: { id: true, platform: true, chatId: true, text: true, payload: true, attempts: true, dedupeKey: true },
      })
    ).map(toItem),
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
