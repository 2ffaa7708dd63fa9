// Seeds communities of realistic size straight into SQLite (bulk SQL, one transaction each),
// so that a community takes seconds instead of the minutes it takes through the use cases.
// The schema (tables, triggers) comes from the app's own migrations; community, grids and the
// catalog are made through the use case, the bulk rows below them by SQL.
import Database from "better-sqlite3";
import { createCommunity } from "../../src/app/create-community.ts";
import type { AppDeps } from "../../src/app/deps.ts";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";

export const SIZE = { residents: 26_120, households: 8_937, reportsPerYear: 18_000, grids: 12 } as const;
export const PLATFORM = "telegram";

export interface SeededCommunity {
  id: number;
  grids: { id: number; groupChatId: string; worker: { userId: string; name: string } }[];
  /** Residents with chat accounts: [userId, name, grid index]. */
  people: { userId: string; name: string; grid: number }[];
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "秀英建国桂兰志强光喜淑芬德胜桂香建华明丽红军伟芳娜敏静磊洋勇艳杰娟涛超霞平刚燕辉玲华飞鹏琳晨宇浩凯欣怡佳子涵梓萱雨轩思彤博文";

/** Deterministic pseudo-random numbers, so two runs seed the same data. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export async function seedCommunity(deps: AppDeps, file: string, index: number, now: Date, years = 1): Promise<SeededCommunity> {
  const gridNames = Array.from({ length: SIZE.grids }, (_, g) => `第${g + 1}网格`);
  const { community } = await createCommunity(deps, { slug: `c${index}`, name: `社区${index}`, grids: gridNames });
  const db = new Database(file, { timeout: 30_000 });
  db.pragma("journal_mode = WAL");
  const random = rng(index + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const out: SeededCommunity = { id: community.id, grids: [], people: [] };
  db.transaction(() => {
    const grids = db.prepare(`SELECT id FROM "Grid" WHERE communityId = ? ORDER BY id`).all(community.id) as { id: number }[];
    const created = iso(now.getTime() - 400 * 86_400_000);
    const insGroup = db.prepare(`INSERT INTO "ChatGroup" (platform, externalId, title, gridId, createdAt) VALUES (?, ?, ?, ?, ?)`);
    const insResident = db.prepare(
      `INSERT INTO "Resident" (communityId, gridId, name, building, household, status, masked, createdAt) VALUES (?, ?, ?, ?, ?, 'active', 0, ?)`,
    );
    const insIdentity = db.prepare(
      `INSERT INTO "ChatIdentity" (platform, externalUserId, displayName, residentId, verified, createdAt) VALUES (?, ?, ?, ?, 1, ?)`,
    );
    const insRole = db.prepare(`INSERT INTO "Role" (residentId, communityId, role, gridId, createdAt) VALUES (?, ?, ?, ?, ?)`);
    const groupIds: number[] = [];
    grids.forEach((g, k) => {
      groupIds.push(Number(insGroup.run(PLATFORM, `-100${index}${String(k).padStart(3, "0")}`, `社区${index}${gridNames[k]}群`, g.id, created).lastInsertRowid));
    });
    // Residents: households of about three in buildings; a chat account for each adult-ish 70%.
    const residents: { id: number; grid: number; identityId: number | null }[] = [];
    for (let i = 0; i < SIZE.residents; i++) {
      const household = Math.floor((i * SIZE.households) / SIZE.residents);
      const grid = household % SIZE.grids;
      const building = `${1 + Math.floor(household / 24)}栋`;
      const name = pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : "");
      const id = Number(insResident.run(community.id, grids[grid]?.id, name, building, `${building}${100 + (household % 24)}`, created).lastInsertRowid);
      let identityId: number | null = null;
      if (random() < 0.7) {
        const userId = `${index}${String(i).padStart(6, "0")}`;
        identityId = Number(insIdentity.run(PLATFORM, userId, name, id, created).lastInsertRowid);
        if (out.people.length < 5000) out.people.push({ userId, name, grid });
      }
      residents.push({ id, grid, identityId });
    }
    // One grid worker per grid (the first resident with an account), one admin.
    grids.forEach((g, k) => {
      const w = residents.find((r) => r.grid === k && r.identityId !== null);
      if (!w) throw new Error("no grid worker");
      insRole.run(w.id, community.id, "grid_worker", g.id, created);
      const row = db.prepare(`SELECT externalUserId, displayName FROM "ChatIdentity" WHERE id = ?`).get(w.identityId) as { externalUserId: string; displayName: string };
      out.grids.push({ id: g.id, groupChatId: `-100${index}${String(k).padStart(3, "0")}`, worker: { userId: row.externalUserId, name: row.displayName } });
    });
    insRole.run(residents[0]?.id, community.id, "admin", null, created);
    const workers = new Set(out.grids.map((g) => g.worker.userId));
    out.people = out.people.filter((p) => !workers.has(p.userId));

    // A year of reports: 85% approved (ledger row, tickets, two sent messages), 10% rejected,
    // 3% withdrawn, 2% still pending; a quarter of the residents report, a few of them often.
    const insReport = db.prepare(`INSERT INTO "DeedReport" (communityId, number, gridId, chatGroupId, platform, externalChatId, externalMessageId,
      senderIdentityId, senderResidentId, rawText, deeds, deedKey, suggestedPoints, status, awardedPoints, reviewerId, doerResidentId, createdAt, decidedAt, updatedAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insLedger = db.prepare(`INSERT INTO "LedgerEntry" (communityId, residentId, points, kind, reportId, idempotencyKey, actorId, createdAt)
      VALUES (?, ?, ?, 'deed', ?, ?, ?, ?)`);
    const insTicket = db.prepare(`INSERT INTO "TicketEntry" (communityId, residentId, tickets, kind, reportId, idempotencyKey, createdAt)
      VALUES (?, ?, ?, 'earned', ?, ?, ?)`);
    const insAudit = db.prepare(`INSERT INTO "AuditEvent" (communityId, actorId, action, subjectType, subjectId, data, createdAt) VALUES (?, ?, ?, 'report', ?, ?, ?)`);
    const insOutbox = db.prepare(`INSERT INTO "OutboxMessage" (platform, chatId, text, payload, dedupeKey, status, attempts, notBefore, externalMessageId, createdAt, sentAt)
      VALUES (?, ?, ?, ?, ?, 'sent', 1, ?, ?, ?, ?)`);
    const reporters = residents.filter((r) => r.identityId !== null && random() < 0.35);
    const categories = DEFAULT_CATALOG.filter((c) => c.active);
    const total = SIZE.reportsPerYear * years;
    const span = years * 365 * 86_400_000;
    const earned = new Map<number, number>();
    const ticketsHeld = new Map<number, number>();
    for (let n = 1; n <= total; n++) {
      const who = random() < 0.3 ? (reporters[Math.floor(random() * 40)] ?? reporters[0]) : pick(reporters);
      if (!who || who.identityId === null) continue;
      const cat = pick(categories);
      const catName = cat.names.zh;
      const qty = cat.unit === "occasion" ? 1 : 1 + Math.floor(random() * 5);
      const points = Math.min(300, cat.points * qty);
      const at = now.getTime() - span + Math.floor((n / total) * (span - 86_400_000)) + Math.floor(random() * 3_600_000);
      const decided = at + Math.floor(random() * 6 * 3_600_000);
      const roll = random();
      const status = roll < 0.85 ? "approved" : roll < 0.95 ? "rejected" : roll < 0.98 ? "withdrawn" : "pending";
      const grid = out.grids[who.grid];
      const worker = residents.find((r) => r.grid === who.grid && r.identityId !== null);
      if (!grid || !worker) continue;
      const text = `今天${catName}${qty}${cat.unit === "hour" ? "小时" : "次"}`;
      const deeds = JSON.stringify([{ category: cat.code, quantity: qty, points }]);
      const reportId = Number(insReport.run(
        community.id, n, grid.id, groupIds[who.grid], PLATFORM, grid.groupChatId, `m${n}`, who.identityId, who.id, text, deeds, `${cat.code}:${qty}`, points, status,
        status === "approved" ? points : null, status === "pending" ? null : worker.id, status === "approved" ? who.id : null,
        iso(at), status === "pending" ? null : iso(decided), iso(decided),
      ).lastInsertRowid);
      insAudit.run(community.id, who.id, "report.submitted", reportId, `{"number":${n}}`, iso(at));
      insOutbox.run(PLATFORM, grid.groupChatId, `📝 #${n} ${text}`, "{}", null, iso(at), `b${n}`, iso(at), iso(at));
      if (status === "approved") {
        insLedger.run(community.id, who.id, points, reportId, `deed:${reportId}`, worker.id, iso(decided));
        const before = earned.get(who.id) ?? 0;
        earned.set(who.id, before + points);
        const tickets = Math.floor((before + points) / 2) - Math.floor(before / 2);
        if (tickets > 0) insTicket.run(community.id, who.id, tickets, reportId, `tickets:${reportId}`, iso(decided));
        ticketsHeld.set(who.id, (ticketsHeld.get(who.id) ?? 0) + tickets);
        insAudit.run(community.id, worker.id, "report.approved", reportId, `{"number":${n},"points":${points}}`, iso(decided));
        insOutbox.run(PLATFORM, grid.groupChatId, `✅ #${n} +${points}`, "{}", `decision:${reportId}:approved`, iso(decided), `b${n}d`, iso(decided), iso(decided));
      }
    }
    db.prepare(`UPDATE "Community" SET reportSeq = ? WHERE id = ?`).run(total, community.id);
  })();
  db.close();
  return out;
}
