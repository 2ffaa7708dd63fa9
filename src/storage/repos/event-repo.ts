import type { EventRec, EventRepos } from "../../app/event-ports.ts";
import type { Db } from "./db.ts";

type Row = Omit<EventRec, "status"> & { status: string };
const rec = (row: Row): EventRec => ({ ...row, status: row.status === "closed" ? "closed" : "open" });

export const eventRepo = (db: Db): EventRepos["events"] => ({
  create: async ({ at, ...e }) => {
    const last = await db.event.aggregate({ where: { communityId: e.communityId }, _max: { number: true } });
    return rec(await db.event.create({ data: { ...e, number: (last._max.number ?? 0) + 1, createdAt: at } }));
  },
  byNumber: async (communityId, number) => {
    const row = await db.event.findUnique({ where: { communityId_number: { communityId, number } } });
    return row ? rec(row) : null;
  },
  close: async (id, closedById, at) =>
    (await db.event.updateMany({ where: { id, status: "open" }, data: { status: "closed", closedById, closedAt: at } })).count === 1,
  addAttendee: async (eventId, residentId, addedById, at) => {
    // Read first: on PostgreSQL a failed insert would abort the whole transaction. Writes are
    // serialized (one write lane, one advisory lock), so nothing slips in between.
    if (await db.eventAttendee.findUnique({ where: { eventId_residentId: { eventId, residentId } }, select: { id: true } })) return "duplicate";
    await db.eventAttendee.create({ data: { eventId, residentId, addedById, createdAt: at } });
    return "created";
  },
  attendees: async (eventId) => {
    const rows = await db.eventAttendee.findMany({ where: { eventId }, orderBy: { id: "asc" } });
    const names = new Map((await db.resident.findMany({ where: { id: { in: rows.map((a) => a.residentId) } }, select: { id: true, name: true } }))
      .map((r) => [r.id, r.name]));
    return rows.map((a) => ({ residentId: a.residentId, name: names.get(a.residentId) ?? "?", addedById: a.addedById, creditedPoints: a.creditedPoints }));
  },
  markCredited: async (eventId, residentIds, points) => {
    if (residentIds.length > 0) await db.eventAttendee.updateMany({ where: { eventId, residentId: { in: residentIds } }, data: { creditedPoints: points } });
  },
});
