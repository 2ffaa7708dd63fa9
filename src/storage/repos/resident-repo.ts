import type { Repos, ResidentRec } from "../../app/ports.ts";
import type { RoleGrant } from "../../domain/permissions.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const RESIDENT = {
  id: true, communityId: true, gridId: true, name: true, status: true, masked: true,
  building: true, unit: true, room: true,
} as const;

type Row = Omit<ResidentRec, "masked"> & { masked: unknown };

export const residentRepo = (db: Db, sql: Sql): Repos["residents"] => ({
  byId: async (id) => {
    const r = await sql.get<Row>(`SELECT "id", "communityId", "gridId", "name", "status", "masked", "building", "unit", "room" FROM "Resident" WHERE "id" = ?`, [id]);
    return r ? { ...r, masked: Boolean(r.masked) } : null;
  },
  byIds: (ids) => db.resident.findMany({ where: { id: { in: ids } }, select: RESIDENT }),
  setMasked: async (residentId, masked) => {
    await db.resident.update({ where: { id: residentId }, data: { masked } });
  },
  findByName: (communityId, gridId, name) =>
    db.resident.findMany({
      where: { communityId, name, status: { not: "inactive" }, ...(gridId === null ? {} : { gridId }) },
      select: RESIDENT,
      orderBy: { id: "asc" },
    }),
  create: (r) => db.resident.create({ data: r, select: RESIDENT }),
});

export const roleRepo = (db: Db, sql: Sql): Repos["roles"] => ({
  forResident: (residentId) => sql.all<RoleGrant>(`SELECT "role", "communityId", "gridId" FROM "Role" WHERE "residentId" = ?`, [residentId]),
  grant: async (residentId, communityId, role, gridId) => {
    const existing = await db.role.findFirst({ where: { residentId, role, gridId } });
    if (!existing) await db.role.create({ data: { residentId, communityId, role, gridId } });
  },
});
