// The community register over Prisma: households, roster entries and merged records.
import type { HeldAward, HouseholdRec, RegisterRepos, RegisteredResident, ResidentCard } from "../../app/register-ports.ts";
import type { Db } from "./db.ts";
import { KINDS } from "./points-repo.ts";
import { insertMany, param, updateColumnById, type Dialect } from "./bulk-insert.ts";
import { periodData } from "./period-repo.ts";


const HOUSEHOLD = { id: true, communityId: true, gridId: true, building: true, unit: true, room: true, headResidentId: true } as const;

async function mergeMap(db: Db, communityId: number): Promise<Map<number, number>> {
  const rows = await db.residentMerge.findMany({ where: { communityId }, select: { fromResidentId: true, intoResidentId: true } });
  const direct = new Map(rows.map((m) => [m.fromResidentId, m.intoResidentId]));
  const final = new Map<number, number>();
  for (const from of direct.keys()) {
    let into = direct.get(from) as number;
    for (let hops = 0; direct.has(into) && hops < 100; hops++) into = direct.get(into) as number;
    final.set(from, into);
  }
  return final;
}

export const registerRepo = (db: Db, dialect: Dialect = "sqlite"): RegisterRepos["register"] => {
  const p1 = param(dialect, 1);
  const cards = async (ids: number[]): Promise<ResidentCard[]> => {
    if (ids.length === 0) return [];
    const people = await db.resident.findMany({
      where: { id: { in: ids } }, orderBy: { id: "asc" },
      select: { id: true, communityId: true, name: true, masked: true, status: true, gridId: true, grid: { select: { name: true } } },
    });
    const entries = await db.registerEntry.findMany({ where: { residentId: { in: ids } }, select: { residentId: true, householdId: true } });
    const households = await db.household.findMany({ where: { id: { in: entries.map((e) => e.householdId) } }, select: HOUSEHOLD });
    const merged = await db.residentMerge.findMany({ where: { intoResidentId: { in: ids } }, select: { fromResidentId: true, intoResidentId: true } });
    const sums = await db.ledgerEntry.groupBy({
      by: ["residentId"], where: { residentId: { in: [...ids, ...merged.map((m) => m.fromResidentId)] }, kind: { not: "exchange" } }, _sum: { points: true },
    });
    const pts = new Map(sums.map((s) => [s.residentId, s._sum.points ?? 0]));
    const hh = new Map(households.map((h) => [h.id, h]));
    const hhOf = new Map(entries.map((e) => [e.residentId, hh.get(e.householdId) ?? null]));
    return people.map((p) => ({
      id: p.id, name: p.name, masked: p.masked, status: p.status, gridId: p.gridId, gridName: p.grid?.name ?? null,
      household: hhOf.get(p.id) ?? null,
      points: (pts.get(p.id) ?? 0) + merged.filter((m) => m.intoResidentId === p.id).reduce((s, m) => s + (pts.get(m.fromResidentId) ?? 0), 0),
    }));
  };

  return {
    // Raw reads: tens of thousands of plain rows, without Prisma's per-row mapping.
    snapshot: async (communityId) => {
      const merged = await mergeMap(db, communityId);
      const households = await db.$queryRawUnsafe<HouseholdRec[]>(
        `SELECT "id", "communityId", "gridId", "building", "unit", "room", "headResidentId" FROM "Household" WHERE "communityId" = ${p1}`, communityId);
      const people = await db.$queryRawUnsafe<(RegisteredResident & { rowDigest: string | null })[]>(
        `SELECT r."id", r."name", r."gridId", r."status", r."phoneHash", e."householdId", e."rowDigest"
         FROM "Resident" r LEFT JOIN "RegisterEntry" e ON e."residentId" = r."id" WHERE r."communityId" = ${p1} AND r."status" <> 'inactive'`, communityId);
      const awards = await db.$queryRawUnsafe<(Omit<HeldAward, "byImport"> & { fromRoster: number | boolean })[]>(
        `SELECT a."id", a."residentId", a."code", a."level", a."detail", a."points", (g."awardId" IS NOT NULL) AS "fromRoster"
         FROM "FixedAward" a LEFT JOIN "RegisterAward" g ON g."awardId" = a."id" WHERE a."communityId" = ${p1} AND a."status" = 'active'`, communityId);
      return {
        households: households.map((h) => ({ ...h, id: Number(h.id), gridId: Number(h.gridId), headResidentId: h.headResidentId === null ? null : Number(h.headResidentId) })),
        residents: people.filter((p) => !merged.has(Number(p.id))).map(({ rowDigest, ...p }) => ({
          ...p, id: Number(p.id), gridId: p.gridId === null ? null : Number(p.gridId), householdId: p.householdId === null ? null : Number(p.householdId), digest: rowDigest || null,
        })),
        awards: awards.map(({ fromRoster, ...a }) => ({ ...a, id: Number(a.id), residentId: Number(a.residentId), points: Number(a.points), byImport: Number(fromRoster) === 1 })),
      };
    },
    addHouseholds: (rows) =>
      insertMany(db, "Household", ["communityId", "gridId", "building", "unit", "room"], rows.map((h) => [h.communityId, h.gridId, h.building, h.unit, h.room]), "id", dialect),
    addResidents: async (rows) => {
      const now = new Date();
      const ids = await insertMany(db, "Resident", ["communityId", "gridId", "name", "building", "unit", "room", "household", "phoneHash", "status", "createdAt"],
        rows.map((r) => [r.communityId, r.gridId, r.name, r.building, r.unit, r.room, String(r.householdId), r.phoneHash, "active", now]), "id", dialect);
      await insertMany(db, "RegisterEntry", [...ENTRY_COLUMNS, "residentId", "updatedAt"], rows.map((r, i) => [...entryValues(r), ids[i] as number, now]), null, dialect);
      return ids;
    },
    updateResidents: async (rows) => {
      for (const r of rows) {
        await db.resident.update({
          where: { id: r.id },
          data: { name: r.name, gridId: r.gridId, building: r.building, unit: r.unit, room: r.room, household: String(r.householdId), phoneHash: r.phoneHash, status: "active" },
        });
        const data = entryData(r);
        await db.registerEntry.upsert({ where: { residentId: r.id }, create: { ...data, residentId: r.id }, update: { ...data, updatedAt: new Date() } });
      }
    },
    setHeads: (heads) => updateColumnById(db, "Household", "headResidentId", heads.map((h) => [h.householdId, h.residentId]), dialect),
    addAwards: async (rows) => {
      const now = new Date();
      // The roster is the recorder; actorId must name a resident, so it names the recipient, and RegisterAward marks the source.
      const ids = await insertMany(db, "FixedAward", ["communityId", "residentId", "code", "level", "detail", "points", "actorId", "status", "createdAt"],
        rows.map((a) => [a.communityId, a.residentId, a.code, a.level, a.detail, a.points, a.residentId, "active", now]), "id", dialect);
      await insertMany(db, "RegisterAward", ["awardId", "createdAt"], ids.map((id) => [id, now]), null, dialect);
      return ids;
    },
    removeAwards: async (ids, reason, at) => {
      if (ids.length === 0) return;
      await db.fixedAward.updateMany({ where: { id: { in: ids }, status: "active" }, data: { status: "removed", removedReason: reason, removedAt: at } });
    },
    appendLedger: async (lines) => {
      await insertMany(db, "LedgerEntry", ["communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "actorId", "note", "createdAt"],
        lines.map((l) => [l.communityId, l.residentId, l.points, l.kind, l.reportId, l.idempotencyKey, l.actorId, l.note, l.at]), null, dialect);
    },
    householdAt: (communityId, gridId, building, unit, room) =>
      db.household.findUnique({ where: { communityId_gridId_building_unit_room: { communityId, gridId, building, unit, room } }, select: HOUSEHOLD }),
    householdOf: async (residentId) => {
      const e = await db.registerEntry.findUnique({ where: { residentId }, select: { householdId: true } });
      return e ? db.household.findUnique({ where: { id: e.householdId }, select: HOUSEHOLD }) : null;
    },
    members: async (householdId) => {
      const hh = await db.household.findUnique({ where: { id: householdId }, select: { communityId: true } });
      if (!hh) return [];
      const merged = await mergeMap(db, hh.communityId);
      const entries = await db.registerEntry.findMany({ where: { householdId }, select: { residentId: true } });
      const live = await db.resident.findMany({
        where: { id: { in: entries.map((e) => e.residentId) }, status: { not: "inactive" } }, select: { id: true }, orderBy: { id: "asc" },
      });
      return live.map((p) => p.id).filter((id) => !merged.has(id));
    },
    search: async (communityId, name, limit) => {
      const merged = await mergeMap(db, communityId);
      const found = await db.resident.findMany({
        where: { communityId, name: { contains: name }, status: { not: "inactive" } }, select: { id: true, name: true }, orderBy: { id: "asc" },
      });
      // Exact names first, then longer ones that contain it.
      const ids = found.filter((p) => !merged.has(p.id)).sort((a, b) => Number(b.name === name) - Number(a.name === name) || a.id - b.id).slice(0, limit).map((p) => p.id);
      const list = await cards(ids);
      return ids.map((id) => list.find((c) => c.id === id)).filter((c): c is ResidentCard => c !== undefined);
    },
    card: async (residentId) => (await cards([residentId]))[0] ?? null,
    periodData: (communityId, from, to) => periodData(db, communityId, from, to),
    householdIndex: async (communityId) => {
      const households = await db.household.findMany({ where: { communityId }, select: HOUSEHOLD });
      const entries = await db.registerEntry.findMany({ where: { communityId }, select: { residentId: true, householdId: true } });
      return { households, memberOf: new Map(entries.map((e) => [e.residentId, e.householdId])) };
    },
    exportRows: async (communityId) => {
      const merged = await mergeMap(db, communityId);
      const as = (id: number) => merged.get(id) ?? id;
      const people = await db.resident.findMany({
        where: { communityId, status: { not: "inactive" } }, orderBy: { id: "asc" },
        select: { id: true, name: true, building: true, unit: true, room: true, grid: { select: { name: true } } },
      });
      const rows = new Map(people.filter((p) => !merged.has(p.id)).map((p) => [p.id, {
        id: p.id, name: p.name, gridName: p.grid?.name ?? null, building: p.building, unit: p.unit, room: p.room,
        dynamic: 0, fixed: 0, spent: 0, tickets: 0, lastDeedAt: null as Date | null,
      }]));
      for (const g of await db.ledgerEntry.groupBy({ by: ["residentId", "kind"], where: { communityId }, _sum: { points: true } })) {
        const row = rows.get(as(g.residentId));
        if (!row) continue;
        const part = KINDS.fixed.includes(g.kind as never) ? "fixed" : KINDS.spent.includes(g.kind as never) ? "spent" : "dynamic";
        row[part] += g._sum.points ?? 0;
      }
      for (const g of await db.ticketEntry.groupBy({ by: ["residentId"], where: { communityId }, _sum: { tickets: true } })) {
        const row = rows.get(as(g.residentId));
        if (row) row.tickets += g._sum.tickets ?? 0;
      }
      const deeds = await db.deedReport.groupBy({ by: ["doerResidentId"], where: { communityId, status: "approved" }, _max: { decidedAt: true } });
      for (const g of deeds) {
        const row = g.doerResidentId === null ? undefined : rows.get(as(g.doerResidentId));
        const at = g._max.decidedAt;
        if (row && at && (!row.lastDeedAt || at > row.lastDeedAt)) row.lastDeedAt = at;
      }
      return [...rows.values()];
    },
  };
};

const ENTRY_COLUMNS = ["communityId", "householdId", "gender", "politics", "education", "skills", "fiveGood", "excellent", "title", "note", "source", "rowDigest"] as const;
const entryValues = (r: Parameters<RegisterRepos["register"]["addResidents"]>[0][number]) => {
  const d = entryData(r);
  return ENTRY_COLUMNS.map((c) => d[c]);
};

function entryData(r: Parameters<RegisterRepos["register"]["addResidents"]>[0][number]) {
  return {
    communityId: r.communityId, householdId: r.householdId, gender: r.gender, politics: r.politics, education: r.education,
    skills: r.skills, fiveGood: r.fiveGood, excellent: r.excellent, title: r.title, note: r.note, source: r.source, rowDigest: r.digest,
  };
}

export const mergeRepo = (db: Db): RegisterRepos["merges"] => ({
  link: async (communityId, from, into, actorId) => {
    if (await db.residentMerge.findUnique({ where: { fromResidentId: from }, select: { id: true } })) return "duplicate";
    await db.residentMerge.create({ data: { communityId, fromResidentId: from, intoResidentId: into, actorId } });
    return "created";
  },
  survivor: async (residentId) => {
    let id = residentId;
    for (let hops = 0; hops < 100; hops++) {
      const m = await db.residentMerge.findUnique({ where: { fromResidentId: id }, select: { intoResidentId: true } });
      if (!m) break;
      id = m.intoResidentId;
    }
    return id;
  },
  map: (communityId) => mergeMap(db, communityId),
});

export const registerRepos = (db: Db, dialect: Dialect = "sqlite"): RegisterRepos => ({ register: registerRepo(db, dialect), merges: mergeRepo(db) });

export type { HouseholdRec };
