import type { IdentityRec, Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const IDENTITY = {
  id: true, platform: true, externalUserId: true, displayName: true, locale: true, residentId: true, verified: true,
} as const;

const SELECT_IDENTITY = `SELECT "id", "platform", "externalUserId", "displayName", "locale", "residentId", "verified" FROM "ChatIdentity"`;
type Row = Omit<IdentityRec, "verified"> & { verified: unknown };
const toIdentity = (r: Row | undefined): IdentityRec | null => (r ? { ...r, verified: Boolean(r.verified) } : null);

export const identityRepo = (db: Db, sql: Sql): Repos["identities"] => ({
  // Every message looks its sender up: plain SQL (sql.ts).
  byExternal: async (platform, externalUserId) =>
    toIdentity(await sql.get<Row>(`${SELECT_IDENTITY} WHERE "platform" = ? AND "externalUserId" = ?`, [platform, externalUserId])),
  byId: async (id) => toIdentity(await sql.get<Row>(`${SELECT_IDENTITY} WHERE "id" = ?`, [id])),
  create: async (i) => {
    const row = await sql.get<Row>(
      `INSERT INTO "ChatIdentity" ("platform", "externalUserId", "displayName", "locale", "residentId", "verified", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id", "platform", "externalUserId", "displayName", "locale", "residentId", "verified"`,
      [i.platform, i.externalUserId, i.displayName, i.locale ?? null, i.residentId ?? null, i.verified ?? false, new Date()],
    );
    const made = toIdentity(row);
    if (!made) throw new Error("the new identity was not returned");
    return made;
  },
  link: async (id, residentId, verified) => {
    await sql.run(`UPDATE "ChatIdentity" SET "residentId" = ?, "verified" = ? WHERE "id" = ?`, [residentId, verified, id]);
  },
  setLocale: async (id, locale) => {
    await db.chatIdentity.update({ where: { id }, data: { locale } });
  },
  forResident: (residentId) => db.chatIdentity.findMany({ where: { residentId }, select: IDENTITY }),
  list: async (platform) =>
    (await db.chatIdentity.findMany({ where: { platform }, select: { ...IDENTITY, resident: { select: { gridId: true } } }, orderBy: { id: "asc" } }))
      .map(({ resident, ...i }) => ({ ...i, gridId: resident?.gridId ?? null })),
});
