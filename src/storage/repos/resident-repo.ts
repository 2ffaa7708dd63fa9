import type { Repos, ResidentRec } from "../../app/ports.ts";
import type { RoleGrant } from "../../domain/permissions.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const RESIDENT = {
  id: true, communityId: true, gridId: true, name: true, status: true, masked: true,
  building: true, unit: true, room: true,
} as const;

type Row = Omit<ResidentRec, "masked"> & { masked: unknown };
const RESIDENT_COLUMNS = `"id", "communityId", "gridId", "name", "status", "masked", "building", "unit", "room"`;
const SELECT_RESIDENT = `SELECT ${RESIDENT_COLUMNS} FROM "Resident"`;
const toResident = (r: Row): ResidentRec => ({ ...r, masked: Boolean(r.masked) });

export const residentRepo = (db: Db, sql: Sql): Repos["residents"] => ({
  byId: async (id) => {
    const r = await sql.get<Row>(`${SELECT_RESIDENT} WHERE "id" = ?`, [id]);
    return r ? toResident(r) : null;
  },
  byIds: (ids) => db.resident.findMany({ where: { id: { in: ids } }, select: RESIDENT }),
  setMasked: async (residentId, masked) => {
    await db.resident.update({ where: { id: residentId }, data: { masked } });
  },
  findByName: async (communityId, gridId, name) =>
    (await sql.all<Row>(
      `${SELECT_RESIDENT} WHERE "communityId" = ? AND "name" = ? AND "status" <> 'inactive'${gridId === null ? "" : ` AND "gridId" = ?`} ORDER BY "id" ASC`,
      gridId === null ? [communityId, name] : [communityId, name, gridId],
    )).map(toResident),
  findByNames: async (communityId, names) =>
    names.length === 0 ? [] : (await sql.all<Row>(
      `${SELECT_RESIDENT} WHERE "communityId" = ? AND "name" IN (${names.map(() => "?").join(", ")}) AND "status" <> 'inactive' ORDER BY "id" ASC`,
      [communityId, ...names],
    )).map(toResident),
  create: async (r) => {
    const row = await sql.get<Row>(
      `INSERT INTO "Resident" ("communityId", "gridId", "name", "status", "building", "unit", "room", "household", "phoneHash", "masked", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${RESIDENT_COLUMNS}`,
      [r.communityId, r.gridId, r.name, r.status ?? "active", r.building ?? null, r.unit ?? null, r.room ?? null, r.household ?? null, r.phoneHash ?? null, false, new Date()],
    );
    if (!row) throw new Error("the new resident was not returned");
    return toResident(row);
  },
  inGrid: (gridId) => inUse(db, { gridId }),
  inCommunity: (communityId) => inUse(db, { communityId }),
});

export const roleRepo = (db: Db, sql: Sql): Repos["roles"] => ({
  forResident: (residentId) => sql.all<RoleGrant>(`SELECT "role", "communityId", "gridId" FROM "Role" WHERE "residentId" = ?`, [residentId]),
  staff: async (communityId) =>
    (await db.role.findMany({
      where: { communityId }, orderBy: { id: "asc" },
      select: { residentId: true, role: true, gridId: true, resident: { select: { name: true } } },
    })).map((r) => ({ residentId: r.residentId, name: r.resident.name, role: r.role as RoleGrant["role"], gridId: r.gridId })),
  grant: async (residentId, communityId, role, gridId) => {
    const existing = await db.role.findFirst({ where: { residentId, role, gridId } });
    if (!existing) await db.role.create({ data: { residentId, communityId, role, gridId } });
  },
});

/** Residents not inactive and not merged into another record (ResidentMerge has no relation to follow). */
async function inUse(db: Db, where: { gridId: number } | { communityId: number }) {
  const rows = await db.resident.findMany({ where: { ...where, status: { not: "inactive" } }, select: RESIDENT, orderBy: { id: "asc" } });
  if (rows.length === 0) return rows;
  const merged = new Set((await db.residentMerge.findMany({
    where: { fromResidentId: { in: rows.map((r) => r.id) } }, select: { fromResidentId: true },
  })).map((m) => m.fromResidentId));
  return rows.filter((r) => !merged.has(r.id));
}
