import type { IdentityRec, Repos, ResidentRec } from "../../app/ports.ts";
import type { RoleGrant } from "../../domain/permissions.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const IDENTITY = {
  id: true, platform: true, externalUserId: true, displayName: true, locale: true, residentId: true, verified: true,
} as const;

const SELECT_IDENTITY = `SELECT "id", "platform", "externalUserId", "displayName", "locale", "residentId", "verified" FROM "ChatIdentity"`;
type Row = Omit<IdentityRec, "verified"> & { verified: unknown };
/** The sender of a message: identity, resident and roles joined (one row per role, at least one). */
const SELECT_ACTOR = `SELECT i."id", i."platform", i."externalUserId", i."displayName", i."locale", i."residentId", i."verified",
  r."id" AS "rId", r."communityId" AS "rCommunityId", r."gridId" AS "rGridId", r."name" AS "rName", r."status" AS "rStatus",
  r."masked" AS "rMasked", r."building" AS "rBuilding", r."unit" AS "rUnit", r."room" AS "rRoom",
  ro."role" AS "role", ro."communityId" AS "roleCommunityId", ro."gridId" AS "roleGridId"
  FROM "ChatIdentity" i LEFT JOIN "Resident" r ON r."id" = i."residentId" LEFT JOIN "Role" ro ON ro."residentId" = r."id"
  WHERE i."platform" = ? AND i."externalUserId" = ?`;
type ActorRow = Row & {
  rId: number | null; rCommunityId: number; rGridId: number | null; rName: string; rStatus: string; rMasked: unknown;
  rBuilding: string | null; rUnit: string | null; rRoom: string | null;
  role: RoleGrant["role"] | null; roleCommunityId: number; roleGridId: number | null;
};

const toIdentity = (r: Row | undefined): IdentityRec | null => (r ? { ...r, verified: Boolean(r.verified) } : null);

export const identityRepo = (db: Db, sql: Sql): Repos["identities"] => ({
  // Every message looks its sender up: plain SQL (sql.ts).
  byExternal: async (platform, externalUserId) =>
    toIdentity(await sql.get<Row>(`${SELECT_IDENTITY} WHERE "platform" = ? AND "externalUserId" = ?`, [platform, externalUserId])),
  // Every message's sender, with what permissions need: one statement instead of three (issue 14).
  withResident: async (platform, externalUserId) => {
    const rows = await sql.all<ActorRow>(SELECT_ACTOR, [platform, externalUserId]);
    const first = rows[0];
    if (!first) return null;
    const identity = toIdentity({ id: first.id, platform: first.platform, externalUserId: first.externalUserId, displayName: first.displayName, locale: first.locale, residentId: first.residentId, verified: first.verified }) as IdentityRec;
    const resident: ResidentRec | null = first.rId === null || first.rId === undefined ? null : {
      id: first.rId, communityId: first.rCommunityId, gridId: first.rGridId, name: first.rName, status: first.rStatus,
      masked: Boolean(first.rMasked), building: first.rBuilding, unit: first.rUnit, room: first.rRoom,
    };
    const roles = rows.filter((x) => x.role !== null && x.role !== undefined).map((x) => ({ role: x.role as RoleGrant["role"], communityId: x.roleCommunityId, gridId: x.roleGridId }));
    return { identity, resident, roles };
  },
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
