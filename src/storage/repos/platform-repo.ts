import { insertOrIgnore } from "../errors.ts";
import type { PlatformRepos } from "../../app/platform-ports.ts";
import type { Db } from "./db.ts";

const CODE = { code: true, communityId: true, residentId: true, expiresAt: true, usedAt: true } as const;

export const platformRepo = (db: Db): PlatformRepos["platform"] => ({
  moveGroup: async (platform, from, to, title) => {
    const group = await db.chatGroup.findUnique({ where: { platform_externalId: { platform, externalId: from } }, select: { id: true } });
    if (!group) return false;
    // The new id may already exist (a message arrived before the move): the old binding wins.
    await db.chatGroup.deleteMany({ where: { platform, externalId: to, reports: { none: {} } } });
    await db.chatGroup.update({ where: { id: group.id }, data: { externalId: to, ...(title ? { title } : {}) } });
    // Messages still waiting for the old id follow the group.
    await db.outboxMessage.updateMany({ where: { platform, chatId: from, status: "pending" }, data: { chatId: to } });
    return true;
  },
  bindGroup: async ({ platform, externalId, gridId, title }) => {
    const existing = await db.chatGroup.findUnique({ where: { platform_externalId: { platform, externalId } }, select: { id: true, gridId: true } });
    if (existing?.gridId === gridId) return "same";
    if (existing) {
      await db.chatGroup.update({ where: { id: existing.id }, data: { gridId, ...(title ? { title } : {}) } });
      return "moved";
    }
    await db.chatGroup.create({ data: { platform, externalId, gridId, title: title ?? null } });
    return "created";
  },
  unverifyAll: async (platform) => (await db.chatIdentity.updateMany({ where: { platform, verified: true }, data: { verified: false } })).count,
  createBindCode: async (c) => ((await insertOrIgnore(() => db.bindCode.create({ data: c, select: { code: true } }))) === "duplicate" ? "duplicate" : "created"),
  takeBindCode: async (code, now) => {
    const used = await db.bindCode.updateMany({ where: { code, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    return used.count === 1 ? db.bindCode.findUnique({ where: { code }, select: CODE }) : null;
  },
  expireBindCodes: async (residentId, now) =>
    (await db.bindCode.updateMany({ where: { residentId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } })).count,
  recordBindFailure: async (scopes, at) => {
    for (const scope of scopes) await db.bindAttempt.create({ data: { scope, at } });
  },
  bindFailuresSince: (scope, since) => db.bindAttempt.count({ where: { scope, at: { gte: since } } }),
  adminAccounts: async (platform, communityId) =>
    (
      await db.chatIdentity.findMany({
        where: { platform, verified: true, resident: { roles: { some: { role: "admin", ...(communityId === undefined ? {} : { communityId }) } } } },
        select: { externalUserId: true }, orderBy: { id: "asc" },
      })
    ).map((i) => i.externalUserId),
});
