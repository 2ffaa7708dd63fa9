import type { Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";

const IDENTITY = {
  id: true, platform: true, externalUserId: true, displayName: true, locale: true, residentId: true, verified: true,
} as const;

export const identityRepo = (db: Db): Repos["identities"] => ({
  byExternal: (platform, externalUserId) =>
    db.chatIdentity.findUnique({ where: { platform_externalUserId: { platform, externalUserId } }, select: IDENTITY }),
  byId: (id) => db.chatIdentity.findUnique({ where: { id }, select: IDENTITY }),
  create: (i) => db.chatIdentity.create({ data: i, select: IDENTITY }),
  link: async (id, residentId, verified) => {
    await db.chatIdentity.update({ where: { id }, data: { residentId, verified } });
  },
  setLocale: async (id, locale) => {
    await db.chatIdentity.update({ where: { id }, data: { locale } });
  },
  forResident: (residentId) => db.chatIdentity.findMany({ where: { residentId }, select: IDENTITY }),
  list: async (platform) =>
    (await db.chatIdentity.findMany({ where: { platform }, select: { ...IDENTITY, resident: { select: { gridId: true } } }, orderBy: { id: "asc" } }))
      .map(({ resident, ...i }) => ({ ...i, gridId: resident?.gridId ?? null })),
});
