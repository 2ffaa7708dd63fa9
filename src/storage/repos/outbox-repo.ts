import type { OutboxItem, Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
import { sqlLimit, type Sql } from "./sql.ts";

type Row = { id: number; platform: string; chatId: string; text: string; payload: string; attempts: number; dedupeKey: string | null };

/** Whitespace and a trailing ellipsis do not count when a quoted text is compared with what was sent. */
const normalizeQuote = (s: string) => s.replace(/(…|\.\.\.)\s*$/, "").replace(/\s+/g, "");

// Field by field: an object rest over a driver's row is slow in V8 (see report-repo.ts).
const toItem = (row: Row): OutboxItem => ({
  id: row.id, platform: row.platform, chatId: row.chatId, text: row.text, attempts: row.attempts, dedupeKey: row.dedupeKey,
  ...(JSON.parse(row.payload) as object),
});

export const outboxRepo = (db: Db, sql: Sql): Repos["outbox"] => ({
  // A dedupe key already queued: no row, null (insert-or-ignore, one statement).
  enqueue: async ({ platform, chatId, text, outboxId: _queued, ...extra }, opts = {}) => {
    const now = new Date();
    const row = await sql.get<{ id: number }>(
      `INSERT INTO "OutboxMessage" ("platform", "chatId", "text", "payload", "dedupeKey", "status", "attempts", "notBefore", "createdAt")
       VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING RETURNING "id"`,
      [platform, chatId, text, JSON.stringify(extra), opts.dedupeKey ?? null, opts.notBefore ?? now, now],
    );
    return row ? Number(row.id) : null;
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
  due: (now, limit, platform) => due(sql, now, limit, platform),
  // One design for both databases: the lease is a conditional update, and a claimer keeps only
  // the rows its own update changed. Two claimers at once (PostgreSQL, READ COMMITTED, no common
  // lock): the second waits on the first's row locks, then re-checks the condition on the leased
  // rows and changes none of them, so each message is taken once.
  claim: async (now, limit, leaseUntil, platform) => lease(sql, await due(sql, now, limit, platform), now, leaseUntil),
  lease: (items, now, leaseUntil) => lease(sql, items, now, leaseUntil),
  sentCard: async (platform, chatId, quoted) => {
    const cardOf = (payload: string) => (JSON.parse(payload) as { card?: { reportNumber?: number } }).card?.reportNumber ?? null;
    if (quoted.messageId) {
      // Every reply asks this: plain SQL (sql.ts, issue 14).
      const row = await sql.get<{ payload: string }>(
        `SELECT "payload" FROM "OutboxMessage" WHERE "platform" = ? AND "chatId" = ? AND "status" = 'sent' AND "externalMessageId" = ? LIMIT 1`,
        [platform, chatId, quoted.messageId],
      );
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
  cardMessage: async (platform, chatId, reportNumber) => {
    // The payload is JSON text: narrowed by a contains, then read exactly ("reportNumber":3 also matches 31).
    const rows = await db.outboxMessage.findMany({
      where: { platform, chatId, status: "sent", externalMessageId: { not: null }, payload: { contains: `"reportNumber":${reportNumber}` } },
      orderBy: { id: "desc" }, take: 20, select: { text: true, payload: true, externalMessageId: true },
    });
    const card = rows.find((r) => {
      const c = (JSON.parse(r.payload) as { card?: { reportNumber?: number; status?: string } }).card;
      return c?.reportNumber === reportNumber && c.status === "pending";
    });
    return card?.externalMessageId ? { messageId: card.externalMessageId, text: card.text } : null;
  },
  markSent: async (id, externalMessageId, at) => {
    // A send that returned no id keeps the id recorded earlier (recordSentId).
    await sql.run(
      `UPDATE "OutboxMessage" SET "status" = 'sent', "externalMessageId" = COALESCE(?, "externalMessageId"), "sentAt" = ?, "attempts" = "attempts" + 1 WHERE "id" = ?`,
      [externalMessageId, at, id],
    );
  },
  recordSentId: async (platform, chatId, text, externalMessageId) => {
    const row = await db.outboxMessage.findFirst({
      where: { platform, chatId, text, externalMessageId: null, NOT: { status: "failed" } }, orderBy: { id: "desc" }, select: { id: true },
    });
    if (!row) return false;
    await db.outboxMessage.update({ where: { id: row.id }, data: { externalMessageId } });
    return true;
  },
  sentMessage: (platform, externalMessageId) =>
    db.outboxMessage.findFirst({
      where: { platform, externalMessageId, status: "sent" }, orderBy: { id: "desc" }, select: { chatId: true, text: true, externalMessageId: true },
    }),
  recentSentIds: async (platform, limit) =>
    (await db.outboxMessage.findMany({
      where: { platform, status: "sent", externalMessageId: { not: null } }, orderBy: { id: "desc" }, take: limit, select: { externalMessageId: true },
    })).map((r) => r.externalMessageId as string),
  cardInChats: (platform, chatIds, reportNumber) =>
    db.outboxMessage.findFirst({
      where: { platform, chatId: { in: chatIds }, status: "sent", payload: { contains: `"reportNumber":${reportNumber},` } },
      orderBy: { id: "desc" }, select: { chatId: true, text: true, externalMessageId: true },
    }),
  markFailed: async (id, error, retryAt) => {
    await sql.run(
      retryAt
        ? `UPDATE "OutboxMessage" SET "attempts" = "attempts" + 1, "lastError" = ?, "notBefore" = ? WHERE "id" = ?`
        : `UPDATE "OutboxMessage" SET "attempts" = "attempts" + 1, "lastError" = ?, "status" = 'failed' WHERE "id" = ?`,
      retryAt ? [error.slice(0, 500), retryAt, id] : [error.slice(0, 500), id],
    );
  },
});

async function due(sql: Sql, now: Date, limit: number, platform?: string): Promise<OutboxItem[]> {
  const rows = await sql.all<Row>(
    `SELECT "id", "platform", "chatId", "text", "payload", "attempts", "dedupeKey" FROM "OutboxMessage"
     WHERE "status" = 'pending' AND "notBefore" <= ?${platform ? ` AND "platform" = ?` : ""} ORDER BY "id" ASC LIMIT ${sqlLimit(limit)}`,
    platform ? [now, platform] : [now],
  );
  return rows.map(toItem);
}

/** Leases the given messages if they are still pending and due: a conditional update, so each is taken once. */
async function lease(sql: Sql, items: readonly OutboxItem[], now: Date, leaseUntil: Date): Promise<OutboxItem[]> {
  if (items.length === 0) return [];
  const taken = await sql.all<{ id: number | bigint }>(
    `UPDATE "OutboxMessage" SET "notBefore" = ? WHERE "id" IN (${items.map(() => "?").join(", ")}) AND "status" = 'pending' AND "notBefore" <= ? RETURNING "id"`,
    [leaseUntil, ...items.map((i) => i.id), now],
  );
  const mine = new Set(taken.map((t) => Number(t.id)));
  return items.filter((i) => mine.has(i.id));
}
