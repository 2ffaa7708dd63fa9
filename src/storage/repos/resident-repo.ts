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
});

export const roleRepo = (db: Db): Repos["roles"] => ({
  forResident: async (residentId) =>
    (await db.role.findMany({ where: { residentId }, select: { role: true, communityId: true, gridId: true } }))
      .map((r) => ({ ...r, role: r.role as RoleGrant["role"] })),
  grant: async (residentId, communityId, role, gridId) => {
    const existing = await db.role.findFirst({ where: { residentId, role, gridId } });
    if (!existing) await db.role.create({ data: { residentId, communityId, role, gridId } });
  },
});
