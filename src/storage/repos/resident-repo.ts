import type { Repos } from "../../app/ports.ts";
import type { RoleGrant } from "../../domain/permissions.ts";
import type { Db } from "./db.ts";

const RESIDENT = {
  id: true, communityId: true, gridId: true, name: true, status: true, masked: true,
  building: true, unit: true, room: true,
} as const;

export const residentRepo = (db: Db): Repos["residents"] => ({
  byId: (id) => db.resident.findUnique({ where: { id }, select: RESIDENT }),
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
  inGrid: (gridId) => inUse(db, { gridId }),
  inCommunity: (communityId) => inUse(db, { communityId }),
});

export const roleRepo = (db: Db): Repos["roles"] => ({
  forResident: async (residentId) =>
    (await db.role.findMany({ where: { residentId }, select: { role: true, communityId: true, gridId: true } }))
      .map((r) => ({ ...r, role: r.role as RoleGrant["role"] })),
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
